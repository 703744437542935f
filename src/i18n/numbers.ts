/** What the checker tells editors about personal numbers, charts, events and open data (one place for every such string). */
export const numbersText = {
  personal: {
    id: (masked: string) =>
      `这里有一个居民身份证号（打码后是 ${masked}）：官方网站公开公民的身份证号属于个人信息泄露，请删除；确实需要时只写打码后的“${masked}”`,
    mobile: (masked: string) =>
      `这里有一个手机号码（打码后是 ${masked}）：个人手机号不能公开，请删除或写成“${masked}”；本单位对外公布的号码请写进 site.yaml 的 publishableNumbers`,
    card: (masked: string) =>
      `这里有一个银行卡号（打码后是 ${masked}）：请删除或写成“${masked}”；如果它不是银行卡号（例如单位对公账号、文件编号），请写进 site.yaml 的 publishableNumbers`,
  },
} as const;
