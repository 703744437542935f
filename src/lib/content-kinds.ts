/** The kinds of content editors write; each has a folder under `content/`. */
export type ContentKind = 'report' | 'honor' | 'story' | 'enterprise' | 'event';

/** Folder of each kind: `report` → `"reports"`. */
export const KIND_FOLDERS: Readonly<Record<ContentKind, string>> = {
  report: 'reports',
  honor: 'honors',
  story: 'stories',
  enterprise: 'enterprises',
  event: 'events',
};

/** Chinese name of each kind: `report` → `"工作报告"`. */
export const KIND_NAMES: Readonly<Record<ContentKind, string>> = {
  report: '工作报告',
  honor: '表彰名单',
  story: '企业故事',
  enterprise: '企业',
  event: '大事记',
};
