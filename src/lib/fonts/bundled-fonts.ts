import { createRequire } from 'node:module';
import path from 'node:path';

/** A face weight the build draws with: regular text and bold titles. */
export type FaceWeight = 400 | 700;

/** A font family the build takes from npm (SIL OFL 1.1; never committed): its package and the files of its two faces. */
export interface BundledFamily {
  /** The family's own name, e.g. "Noto Serif SC". */
  name: string;
  package: string;
  /** Face files inside the package, by weight. */
  files: Readonly<Record<FaceWeight, string>>;
}

/** A bundled family with the absolute paths of its faces in node_modules. */
export interface LocatedFamily extends BundledFamily {
  paths: Readonly<Record<FaceWeight, string>>;
}

const expo = (name: string, region: string): BundledFamily => ({
  name,
  package: `@expo-google-fonts/noto-serif-${region.toLowerCase()}`,
  files: { 400: `400Regular/NotoSerif${region}_400Regular.ttf`, 700: `700Bold/NotoSerif${region}_700Bold.ttf` },
});

/** The font everything is set in: share images, the year PDF. */
export const PRIMARY_FAMILY: BundledFamily = expo('Noto Serif SC', 'SC');

/**
 * Families asked, in this order, for a character the primary lacks; chosen by measurement (README, “Rare
 * characters”): of the Noto Serif regions on npm, JP draws 𠮷 and 353 Extension B characters, HK 1,705 others.
 */
export const FALLBACK_FAMILIES: readonly BundledFamily[] = [expo('Noto Serif JP', 'JP'), expo('Noto Serif HK', 'HK')];

/** Every bundled family, primary first: the order in which a character's font is chosen everywhere. */
export const BUNDLED_FAMILIES: readonly BundledFamily[] = [PRIMARY_FAMILY, ...FALLBACK_FAMILIES];

/** Finds the face files of the bundled families in node_modules: `[{ name: "Noto Serif SC", paths: { 400: "/…/NotoSerifSC_400Regular.ttf", … } }, …]`. */
export function locateBundledFonts(families: readonly BundledFamily[] = BUNDLED_FAMILIES): LocatedFamily[] {
  const require = createRequire(import.meta.url);
  return families.map((family) => {
    const root = path.dirname(require.resolve(`${family.package}/package.json`));
    return { ...family, paths: { 400: path.join(root, family.files[400]), 700: path.join(root, family.files[700]) } };
  });
}
