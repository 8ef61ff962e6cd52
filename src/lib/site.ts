/** Site-wide facts, read once. The repository URL can be set per deployment. */
export const SITE = {
  name: 'AR Image Generation Survey',
  /** The name shown in the header on narrow screens, where the full name would not leave room for search and the menu. */
  shortName: 'AR Gen Survey',
  tagline: 'A living survey of autoregressive image generation',
  /** Source repository: set REPO_URL at build time (the deploy workflow passes the GitHub repository). */
  repoUrl: (import.meta.env?.REPO_URL as string | undefined) || 'https://github.com/ar-image-survey/ar-image-survey',
  contentLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicense: { name: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;
