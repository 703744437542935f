/** What the checker tells editors about personal numbers, charts, events and open data (one place for every such string). */
export const numbersText = {
  personal: {
    comment: (masked: string) => `HTML 注释里有一个个人号码（打码后是 ${masked}）：注释不会发布，但提交记录里人人看得到，请删除`,
    id: (masked: string) =>
      `这里有一个居民身份证号（打码后是 ${masked}）：官方网站公开公民的身份证号属于个人信息泄露，请删除；确实需要时只写打码后的“${masked}”`,
    mobile: (masked: string) =>
      `这里有一个手机号码（打码后是 ${masked}）：个人手机号不能公开，请删除或写成“${masked}”；本单位对外公布的号码请写进 site.yaml 的 publishableNumbers`,
    card: (masked: string) =>
      `这里有一个银行卡号（打码后是 ${masked}）：请删除或写成“${masked}”；如果它不是银行卡号（例如单位对公账号、文件编号），请写进 site.yaml 的 publishableNumbers`,
  },
  chart: {
    header: '图表的数据表至少要有两列：第一列写类别（例如区县、月份），后面每列写一组数字，第一行是表头',
    noRows: (min: number) => `图表的数据至少要有 ${min} 行（表头下面）`,
    tooManyRows: (max: number) => `图表的数据最多 ${max} 行；更多的数据请做成表格`,
    cells: (written: number, columns: number) => `这一行写了 ${written} 格，表头有 ${columns} 列：每一行的格数要和表头一样`,
    emptyLabel: '这一行的第一格（类别）是空的，请填写',
    duplicateLabel: (label: string) => `类别“${label}”写了两次，图上分不清；请合并或改名`,
    emptyHeader: (n: number) => `表头第 ${n} 列是空的，请写这一列数字的名称`,
    emptyValue: (column: string) => `“${column}”这一格是空的：请写数字，没有数据写 0`,
    notNumber: (value: string, column: string) => `“${column}”这一格写的“${value}”不是数字：只写阿拉伯数字，例如 12 或 3.5`,
    unitInCell: (value: string, unit: string) => `“${value}”里写了单位“${unit}”：单位只写在 unit 里，这一格只写数字`,
    otherUnit: (value: string, written: string, unit: string) => `“${value}”的单位“${written}”和 unit="${unit}" 不一致：请换算成 ${unit}，这一格只写数字`,
    negative: (kind: string) => `${kind}不能画负数，请改用折线图`,
    oneSeries: (kind: string) => `${kind}只画一列数字；要比较几列数字请用折线图（type="折线图"），或拆成几个图`,
    tooManySeries: (max: number) => `折线图最多画 ${max} 条线`,
    source: '图表的数据只能写在一个地方：要么在 <Chart> 里写表格，要么用 src 指向旁边的 CSV 文件',
    noTable: '<Chart> 里没有数据表格：请在开始和结束标签之间写一个表格（前后各空一行），或用 src="./数据.csv" 指向旁边的 CSV 文件',
    onlyTable: '<Chart> 里只能写一个数据表格，不能写其他文字；图的说明请写在 title 或 caption 里',
    csvPath: (src: string) => `src="${src}" 应当是文章旁边的 CSV 文件，写成 ./数据.csv`,
    csvOutside: (src: string) => `CSV 文件“${src}”不在 content 文件夹里，请放在文章旁边，写成 ./数据.csv`,
    csvMissing: (src: string) => `找不到 CSV 文件 ${src}，请检查文件名（大小写）和位置`,
    csvSyntax: (reason: string) => `CSV 文件读不出来（${reason}）：请用 Excel 或 WPS 另存为“CSV UTF-8（逗号分隔）”`,
  },
  events: {
    fileName: (rel: string) => `大事记要写在 events 文件夹里以年份命名的 YAML 文件中，例如 events/2024.yaml；网站不会发布“${rel}”`,
    wrongYear: (year: number, rel: string) => `这件事的日期是北京时间 ${year} 年，应当写在 events/${year}.yaml 里，不是 ${rel}`,
    noYearPage: (year: string) => `${year} 年还没有已发布的报告、名单或故事，没有年度页面，这些大事记暂时不会显示`,
    duplicate: '同一年的大事记只能写在一个文件里，请把两个文件合并',
  },
} as const;
