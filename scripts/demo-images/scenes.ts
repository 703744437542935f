/*
 * The demo stories' lead pictures: flat illustrations drawn from geometric shapes, made for this project (no text, no
 * photographs, nothing copied). Each scene is an SVG of 1200×675 that scripts/draw-demo-images.ts renders to PNG
 * with resvg; the site only ever receives the PNG (content images must be raster files).
 */

/** Width and height of every scene, 16:9. */
export const SIZE = { width: 1200, height: 675 } as const;

const C = {
  sky: '#dcebf2',
  dusk: '#f6e3c8',
  sun: '#f2b441',
  hillFar: '#9cc3a0',
  hillMid: '#6fa77a',
  hillNear: '#4d8a5d',
  soil: '#c9a27a',
  red: '#b8322f',
  deepRed: '#8f1f22',
  gold: '#d9a43a',
  white: '#ffffff',
  grey: '#8a9199',
  dark: '#34404a',
  blue: '#3c6e9f',
  teal: '#2f8f8a',
  cream: '#f7efe2',
} as const;

const rect = (x: number, y: number, w: number, h: number, fill: string, r = 0) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}"/>`;
const circle = (cx: number, cy: number, r: number, fill: string) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"/>`;
const times = (n: number, draw: (i: number) => string) => Array.from({ length: n }, (_, i) => draw(i)).join('');

/** A smooth ridge across the picture from a list of heights, filled down to the bottom edge. */
function ridge(heights: readonly number[], fill: string): string {
  const step = SIZE.width / (heights.length - 1);
  const points = heights.map((h, i) => [i * step, h] as const);
  let d = `M0 ${SIZE.height} L0 ${points[0]![1]}`;
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    d += ` C${x0 + step / 2} ${y0} ${x1 - step / 2} ${y1} ${x1} ${y1}`;
  }
  return path(`${d} L${SIZE.width} ${SIZE.height} Z`, fill);
}

const sky = (colour: string = C.sky) => rect(0, 0, SIZE.width, SIZE.height, colour);
const sun = (cx: number, cy: number, r = 70) => circle(cx, cy, r, C.sun);
const cloud = (x: number, y: number, s = 1) => `<g transform="translate(${x} ${y}) scale(${s})" opacity="0.9">${circle(0, 20, 34, C.white)}${circle(40, 0, 46, C.white)}${circle(90, 18, 36, C.white)}${rect(-34, 20, 160, 34, C.white, 17)}</g>`;

/** Terraced tea hills with rows of bushes and a farmer's hat: 云雾茶业. */
function teaHills(): string {
  const rows = times(6, (i) => {
    const y = 330 + i * 58;
    return path(`M0 ${y + 40} Q600 ${y - 30} 1200 ${y + 40} L1200 ${y + 62} Q600 ${y - 8} 0 ${y + 62} Z`, i % 2 ? C.hillMid : C.hillNear);
  });
  const bushes = times(6, (i) => times(9, (j) => circle(70 + j * 135 + (i % 2) * 60, 350 + i * 58 - Math.sin((j / 8) * Math.PI) * 40, 22, '#3f7a4e')));
  return sky() + sun(960, 130) + cloud(160, 90) + ridge([260, 200, 240, 180, 230, 210, 250], C.hillFar) + rows + bushes + path('M560 560 L640 520 L720 560 Z', C.gold) + rect(615, 560, 50, 70, C.red, 8);
}

/** A lorry on a road between warehouse and village, boxes stacked: 通达供应链. */
function logistics(): string {
  const truck = `<g transform="translate(330 380)">${rect(0, 0, 360, 170, C.white, 10)}${rect(0, 0, 360, 30, C.red, 10)}${rect(360, 60, 150, 110, C.blue, 12)}${rect(385, 75, 80, 50, C.sky, 6)}${circle(80, 180, 40, C.dark)}${circle(80, 180, 16, C.grey)}${circle(430, 180, 40, C.dark)}${circle(430, 180, 16, C.grey)}</g>`;
  const boxes = times(3, (i) => rect(100 + i * 70, 470 - (i % 2) * 60, 64, 64, C.soil, 4)) + rect(135, 350, 64, 64, C.soil, 4);
  const warehouse = rect(820, 250, 320, 220, C.cream) + path('M800 260 L980 170 L1160 260 Z', C.deepRed) + rect(930, 350, 100, 120, C.grey);
  return sky() + cloud(120, 80) + sun(620, 110, 60) + ridge([360, 330, 350, 320, 340], C.hillFar) + warehouse + rect(0, 560, SIZE.width, 115, C.dark) + times(8, (i) => rect(30 + i * 150, 610, 80, 10, C.white, 5)) + boxes + truck;
}

/** Blue-and-white vases on a shelf and a container ship on the sea: 德窑陶瓷 going abroad. */
function ceramics(): string {
  const vase = (x: number, h: number, colour: string) =>
    `<g transform="translate(${x} ${470 - h})">${path(`M20 0 L60 0 L58 20 Q100 ${h * 0.35} 70 ${h} L10 ${h} Q-20 ${h * 0.35} 22 20 Z`, C.white)}${path(`M4 ${h * 0.45} Q40 ${h * 0.35} 76 ${h * 0.45}`, 'none', `stroke="${colour}" stroke-width="8"`)}${circle(40, h * 0.62, 12, colour)}</g>`;
  const ship = `<g transform="translate(640 330)">${path('M0 80 L480 80 L430 150 L40 150 Z', C.deepRed)}${times(5, (i) => rect(40 + i * 80, 20, 70, 60, [C.blue, C.gold, C.teal, C.red, C.blue][i]!, 4))}${rect(400, -10, 50, 90, C.white, 4)}</g>`;
  return sky(C.dusk) + sun(1000, 140, 60) + rect(0, 440, SIZE.width, 235, '#6fa3c7') + times(5, (i) => rect(600 + i * 110, 520 + (i % 2) * 40, 70, 6, C.white, 3)) + ship + rect(40, 470, 520, 30, C.soil, 6) + vase(80, 200, C.blue) + vase(210, 150, C.teal) + vase(330, 230, C.blue) + vase(450, 170, C.red);
}

/** A robot arm over a conveyor with boxes and a screen of bars: 恒拓智能 smart production line. */
function productionLine(): string {
  const arm = `<g>${rect(700, 470, 120, 40, C.dark, 8)}${line(760, 470, 700, 330, C.gold, 36)}${line(700, 330, 560, 300, C.gold, 30)}${circle(760, 470, 26, C.dark)}${circle(700, 330, 22, C.dark)}${path('M540 290 L560 330 L520 330 Z', C.dark)}</g>`;
  const belt = rect(80, 510, 1040, 40, C.dark, 20) + times(14, (i) => circle(110 + i * 75, 530, 12, C.grey));
  const boxes = times(4, (i) => rect(140 + i * 130, 440, 90, 70, i === 3 ? C.red : C.soil, 6));
  const screen = rect(880, 110, 260, 170, C.dark, 10) + times(5, (i) => rect(905 + i * 48, 250 - (i + 2) * 18, 30, (i + 2) * 18, i % 2 ? C.teal : C.gold, 3));
  return sky('#e6ecf1') + rect(0, 550, SIZE.width, 125, '#b9c3cc') + screen + times(3, (i) => rect(60 + i * 200, 120, 150, 90, C.white, 8)) + belt + boxes + arm;
}

/** Vegetable plots and houses in the high mountains, a road winding up: 岭上农业 and 云岭文旅. */
function mountainVillage(): string {
  const house = (x: number, y: number) => `<g transform="translate(${x} ${y})">${rect(0, 40, 110, 80, C.white)}${path('M-12 46 L55 0 L122 46 Z', C.deepRed)}${rect(40, 75, 30, 45, C.soil)}</g>`;
  const plots = times(5, (i) => rect(40 + i * 230, 540, 200, 100, i % 2 ? '#7fb069' : '#a3c96b', 10) + times(4, (j) => line(60 + i * 230, 560 + j * 22, 220 + i * 230, 560 + j * 22, '#4f7a3a', 6)));
  return sky() + sun(200, 120, 60) + cloud(820, 70, 1.1) + path('M0 420 L250 170 L430 330 L640 120 L900 380 L1060 230 L1200 330 L1200 675 L0 675 Z', C.hillFar) + ridge([470, 430, 480, 440, 470], C.hillMid) + path('M600 675 Q700 560 560 500 Q460 450 620 420', 'none', `stroke="${C.cream}" stroke-width="26" stroke-linecap="round"`) + house(300, 360) + house(800, 350) + plots;
}

/** A school with a flag, books and a bag of study grants: 绿野助学金. */
function schoolGrant(): string {
  const school = rect(260, 260, 680, 260, C.cream) + path('M230 270 L600 150 L970 270 Z', C.red) + times(4, (i) => rect(310 + i * 160, 320, 90, 90, C.sky, 6)) + rect(555, 420, 90, 100, C.soil);
  const flag = line(1040, 520, 1040, 180, C.grey, 8) + rect(1044, 185, 110, 70, C.red);
  const books = times(3, (i) => rect(120, 560 - i * 34, 240, 30, [C.blue, C.gold, C.teal][i]!, 5));
  return sky() + sun(140, 120, 60) + cloud(700, 60) + ridge([430, 410, 440, 400, 430], C.hillFar) + rect(0, 520, SIZE.width, 155, '#8dbf7a') + school + flag + books;
}

/** Solar panels on a hillside and a freight train crossing: 天益新能源 and the rail line to ASEAN. */
function solarTrain(): string {
  const panel = (x: number, y: number) => `<g transform="translate(${x} ${y}) skewX(-18)">${rect(0, 0, 150, 80, C.blue, 4)}${line(50, 0, 50, 80, C.sky, 3)}${line(100, 0, 100, 80, C.sky, 3)}${line(0, 40, 150, 40, C.sky, 3)}</g>`;
  const wagon = (x: number, colour: string) => rect(x, 470, 200, 80, colour, 6) + circle(x + 40, 560, 20, C.dark) + circle(x + 160, 560, 20, C.dark);
  return sky() + sun(1020, 120, 70) + ridge([330, 280, 310, 260, 300], C.hillMid) + times(3, (i) => times(4, (j) => panel(120 + j * 190 + i * 40, 300 + i * 90))) + rect(0, 570, SIZE.width, 14, C.dark) + times(16, (i) => rect(i * 80, 584, 40, 12, C.soil)) + rect(60, 440, 220, 110, C.red, 10) + rect(90, 460, 60, 40, C.sky, 4) + wagon(300, C.teal) + wagon(520, C.gold) + wagon(740, C.blue) + wagon(960, C.teal);
}

/** A phone showing a live stream of mountain produce, baskets and a ring light: 锦绣电商. */
function liveStream(): string {
  const phone = rect(440, 80, 320, 540, C.dark, 40) + rect(460, 120, 280, 460, '#ffe9c7', 10) + circle(600, 270, 70, C.gold) + rect(500, 360, 200, 120, C.red, 12) + rect(500, 500, 120, 36, C.deepRed, 18) + circle(720, 150, 10, C.red);
  const basket = (x: number, fruit: string) => path(`M${x} 520 L${x + 200} 520 L${x + 170} 620 L${x + 30} 620 Z`, C.soil) + times(4, (i) => circle(x + 40 + i * 40, 505, 26, fruit));
  const light = `<circle cx="1000" cy="220" r="110" fill="none" stroke="${C.white}" stroke-width="26"/>` + line(1000, 330, 1000, 620, C.grey, 10);
  return sky('#f3e6f0') + rect(0, 600, SIZE.width, 75, C.cream) + light + basket(100, C.red) + basket(160, C.gold) + phone;
}

/** Rows of young herb plants on terraces at dawn and a processing hall: 华瑞药业's herb base. */
function herbFields(): string {
  const sprout = (x: number, y: number) => line(x, y, x, y - 30, '#3f7a4e', 5) + path(`M${x} ${y - 20} q-24 -14 -30 -34 q22 4 30 24 Z`, '#5c9e5c') + path(`M${x} ${y - 26} q20 -16 30 -32 q-24 2 -30 22 Z`, '#74b06a');
  const terraces = times(4, (i) => rect(0, 420 + i * 64, SIZE.width, 64, i % 2 ? '#b98d62' : C.soil) + times(11, (j) => sprout(60 + j * 110 + (i % 2) * 40, 470 + i * 64)));
  const hall = rect(820, 300, 300, 120, C.white) + path('M800 310 L970 240 L1140 310 Z', C.teal) + rect(860, 340, 60, 50, C.sky, 4) + rect(950, 340, 60, 80, C.soil);
  return sky(C.dusk) + sun(300, 200, 80) + ridge([300, 250, 280, 230, 270], C.hillFar) + ridge([380, 350, 370, 340, 370], C.hillMid) + hall + terraces;
}

/** A factory going up beside a crane, a stamped plan and a clock: 磐石新材 "拿地即开工". */
function buildingSite(): string {
  const crane = rect(180, 140, 26, 420, C.gold) + rect(180, 140, 520, 22, C.gold) + line(620, 162, 620, 330, C.dark, 4) + rect(580, 330, 80, 50, C.grey, 4) + rect(150, 540, 90, 30, C.dark);
  const factory = rect(560, 380, 560, 200, C.cream) + path('M560 380 L700 300 L700 380 L840 300 L840 380 L980 300 L980 380 L1120 300 L1120 380 Z', C.grey) + rect(1040, 220, 40, 160, C.deepRed) + times(4, (i) => rect(600 + i * 130, 450, 80, 60, C.sky, 4));
  const plan = rect(300, 470, 200, 140, C.white, 6) + times(4, (i) => line(320, 500 + i * 25, 470, 500 + i * 25, C.blue, 5)) + circle(455, 580, 26, C.red);
  return sky() + cloud(820, 70) + rect(0, 580, SIZE.width, 95, '#b9a58b') + factory + crane + plan;
}

/** Every scene, by the name of the file it becomes. */
export const SCENES: Readonly<Record<string, () => string>> = {
  'tea-hills': teaHills,
  logistics,
  ceramics,
  'production-line': productionLine,
  'mountain-village': mountainVillage,
  'school-grant': schoolGrant,
  'solar-train': solarTrain,
  'live-stream': liveStream,
  'herb-fields': herbFields,
  'building-site': buildingSite,
};

/** A scene as a whole SVG document: `sceneSvg("tea-hills")` → `<svg xmlns=… width="1200" height="675">…</svg>`. */
export function sceneSvg(name: string): string {
  const draw = SCENES[name];
  if (!draw) throw new Error(`no scene called ${name}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE.width}" height="${SIZE.height}" viewBox="0 0 ${SIZE.width} ${SIZE.height}">${draw()}</svg>`;
}
