/** The on-demand browser modules' built paths, relative to the site's base (src/integrations/client-modules.ts). */
declare module 'virtual:client-modules' {
  /** One entry per file in src/client/on-demand/, by file name. */
  export const modules: Record<
    'search' | 'generation-order' | 'timeline-filter' | 'paper-export' | 'pick-rows' | 'side-by-side',
    string
  >;
}
