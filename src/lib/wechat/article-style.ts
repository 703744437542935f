/** The colours the 公众号 article takes from site.yaml. */
export interface ArticleColours {
  primary: string;
  accent: string;
}

/**
 * The look of an article in the 公众号, as CSS that juice inlines (the editor keeps only inline styles): official-document
 * body text (16 px, 2em first-line indent, 1.9 line height), the outline's headings as the site sets them (一、 bold in
 * the primary colour with a rule, （一） bold, 1． and （1） bold and indented), tables no wider than the phone, images
 * the column's width, notes and figures boxed, and the closing line with the page's address.
 */
export function buildArticleStyle({ primary, accent }: ArticleColours): string {
  return `
.wechat-article { max-width: 677px; margin: 0 auto; padding: 16px; box-sizing: border-box; color: #1d1d1f; font-size: 16px; line-height: 1.9; letter-spacing: 0.5px; word-break: break-word; overflow-wrap: anywhere; }
p { margin: 0 0 14px; text-indent: 2em; text-align: justify; }
.salutation, .note-title, .stacked-row, .wechat-closing, figcaption { text-indent: 0; }
h2 { margin: 28px 0 14px; padding: 0 0 6px; border-bottom: 2px solid ${accent}; color: ${primary}; font-size: 18px; font-weight: bold; line-height: 1.6; }
h3 { margin: 22px 0 10px; font-size: 17px; font-weight: bold; line-height: 1.7; }
h4, h5, h6 { margin: 16px 0 8px; text-indent: 2em; font-size: 16px; font-weight: bold; line-height: 1.8; }
a { color: ${primary}; text-decoration: none; border-bottom: 1px solid ${accent}; }
strong, b { font-weight: bold; }
ul, ol { margin: 0 0 14px; padding-left: 2em; }
li { margin: 4px 0; }
blockquote { margin: 14px 0; padding: 4px 12px; border-left: 3px solid ${accent}; color: #5a5a5f; }
img { display: block; max-width: 100%; height: auto; margin: 12px auto; }
figure { margin: 16px 0; }
figcaption { color: #5a5a5f; font-size: 14px; text-align: center; }
table { width: 100%; max-width: 100%; margin: 12px 0 18px; border-collapse: collapse; table-layout: fixed; font-size: 14px; line-height: 1.6; }
th, td { padding: 6px 8px; border: 1px solid #e3ded5; text-align: left; vertical-align: top; word-break: break-all; }
thead th { background: #f4efe6; }
.stacked-row { margin: 0 0 10px; padding: 8px 0; border-bottom: 1px solid #e3ded5; font-size: 15px; line-height: 1.8; }
.note { margin: 18px 0; padding: 10px 14px; border-left: 4px solid ${accent}; background: #fbf7ef; }
.note-warn { border-left-color: ${primary}; }
.note-title { margin: 0 0 6px; font-weight: bold; }
.wechat-closing { margin: 28px 0 0; padding-top: 10px; border-top: 1px solid #e3ded5; color: #5a5a5f; font-size: 14px; line-height: 1.7; }
`;
}
