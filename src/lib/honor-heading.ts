/*
 * An enterprise page lists the honours it received by the list's title; the table's heading (先进民营企业,
 * 光彩事业爱心人士) is added only when it says something the title does not, so a line never reads
 * "2023年度锦川市光彩事业贡献奖（光彩事业贡献奖）".
 */

/** Whether a table's heading tells more than the list's title: `("2023年度锦川市光彩事业贡献奖", "光彩事业贡献奖")` → false. */
export function headingAddsToTitle(title: string, heading: string | null): heading is string {
  if (heading === null || heading.trim() === '') return false;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  return !squeeze(title).includes(squeeze(heading));
}
