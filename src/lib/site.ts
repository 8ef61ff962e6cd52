/** Site-wide facts, read once. The repository URL can be set per deployment. The names are the English edition's (src/i18n/en.ts). */
import { en } from '../i18n/en';

export const SITE = {
  name: en.site.name,
  /** The name shown in the header on narrow screens, where the full name would not leave room for search and the menu. */
  shortName: en.site.shortName,
  tagline: en.site.tagline,
  /** Source repository: set REPO_URL at build time (the deploy workflow passes the GitHub repository). */
  repoUrl: (import.meta.env?.REPO_URL as string | undefined) || 'https://github.com/ar-image-survey/ar-image-survey',
  contentLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicense: { name: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;
