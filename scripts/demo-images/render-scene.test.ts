import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/lib/checks/front-matter.ts';
import { DEMO_COVERS, renderScene } from './render-scene.ts';
import { SCENES, SIZE } from './scenes.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the demo stories’ lead pictures', () => {
  it.each(Object.keys(SCENES))('draws %s as a 16:9 PNG', (scene) => {
    const png = renderScene(scene);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual(SIZE);
  });

  it('has every committed cover exactly as the script draws it (made here, nothing brought in)', () => {
    for (const { story, scene } of DEMO_COVERS) {
      expect(readFileSync(`content/stories/${story}-cover.png`).equals(renderScene(scene)), story).toBe(true);
    }
  });

  it('names each drawn cover in its story’s front matter, with a description', () => {
    for (const { story } of DEMO_COVERS) {
      const folder = `content/stories/${story.split('/')[0]}`;
      const file = readdirSync(folder).find((f) => f.startsWith(`${story.split('/')[1]}.`));
      const front = parse(splitFrontMatter(readFileSync(`${folder}/${file}`, 'utf8')).yaml ?? '') as { cover?: { src: string; alt: string } };
      expect(front.cover?.src, story).toBe(`./${story.split('/')[1]}-cover.png`);
      expect(front.cover?.alt.length, story).toBeGreaterThan(8);
    }
  });
});
