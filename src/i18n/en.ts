/**
 * Every interface string of the English edition. Each other language has a file of the same shape
 * (src/i18n/zh.ts), checked by the type system and by a unit test that no key is missing in either.
 * A function is a template: its arguments are numbers or names computed from the data, never typed
 * here. Content (method pages, concepts) is not here; see src/content/.
 */

import { SIDE_WORDS } from './side-words';
import { formatDay, formatMonth, formatNumber } from './formats';

export const en = {
  site: {
    name: 'AR Image Generation Survey',
    shortName: 'AR Gen Survey',
    tagline: 'A living survey of autoregressive image generation',
    feedTitle: 'AR Image Generation Survey: new methods',
  },
  /**
   * Punctuation between the parts of a sentence built from data, each mark with the spacing its language
   * puts around it, except `colon` and `stop`: `space` follows them where more text comes (a space in
   * English, nothing after a Chinese full-width mark).
   */
  punct: { open: ' (', close: ')', comma: ', ', list: ', ', semi: '; ', stop: '.', colon: ':', space: ' ' },
  /** Each task's name where boards and tables are grouped by task (src/lib/benchmarks.ts TASKS). */
  tasks: { 'class-to-image': 'Class-conditional ImageNet', 'text-to-image': 'Text-to-image' },
  nav: {
    main: 'Main',
    menu: 'Menu',
    methods: 'Methods',
    concepts: 'Concepts',
    leaderboard: 'Leaderboard',
    compare: 'Compare',
    timeline: 'Timeline',
    contribute: 'Contribute',
    skip: 'Skip to content',
    darkTheme: 'Dark theme',
  },
  search: {
    /** Names of the search filters (Pagefind filter names; the English ones are the index's keys). */
    facets: {
      family: 'family',
      contribution: 'contribution',
      tokenizer: 'tokenizer',
      backbone: 'backbone',
      benchmark: 'benchmark',
      year: 'year',
      role: 'role',
      kind: 'kind',
    },
    open: 'Search',
    dialog: 'Search the survey',
    close: 'Close',
    closeHint: 'search',
    label: 'Search the survey',
    placeholder: 'Search methods, models and concepts',
    allResults: 'All results',
    allResultsHint: 'on the search page, with filters',
    submit: 'Search',
    pageTitle: 'Search',
    pageDescription: 'Full-text search of every method, model and concept on the site, with filters.',
    pageIntro:
      'Search method pages by name, model (e.g. "VAR-d30"), or idea (e.g. "next-scale prediction"); narrow by paradigm, tokenizer, backbone, year or role.',
    needsJs: {
      before: 'Search runs in your browser and needs JavaScript, which is off. Without it, the ',
      methods: 'methods index',
      middle: ' lists every method page and the ',
      compare: 'compare table',
      after: ' lists every result row.',
    },
    filterResults: 'Filter the results',
    showMore: 'Show more results',
    /** Read by src/client/on-demand/search.ts: {n} the count, {q} the query. */
    countOne: '{n} result',
    countMany: '{n} results',
    countQuery: ' for {q}',
    rowKind: 'result row',
    /** The sentences of a result row's search record (src/lib/search-records.ts). */
    row: {
      params: (p: string) => `${p} parameters.`,
      resolution: (generated: number | null, evaluated: number) =>
        generated && generated !== evaluated
          ? `generated at ${generated}, evaluated at ${evaluated}`
          : `${evaluated}×${evaluated}`,
      reported: (printer: string | null, repo: boolean, source: string, later: boolean) =>
        `Reported in ${printer === null ? 'its own' : `${printer}'s`} ${repo ? 'repository' : 'paper'}: ${source}${later ? ' (a later release by the authors)' : ''}.`,
    },
    rowKindTitle: 'Result row',
    pageKind: 'method page',
  },
  footer: {
    textAndData: 'Text and data',
    code: 'Code',
    everyNumber: 'Every number links to the table or file it was read from.',
    data: 'Data',
    repository: 'Source repository',
    pullRequests: ': corrections and new methods are welcome as pull requests.',
  },
  missing: 'not reported',
  facts: {
    nameInTables: 'Name in tables',
    paper: 'Paper',
    firstVersion: 'First version',
    dateNotVerified: 'date not verified',
    introduced: 'Introduced here',
    alsoCalled: 'Also called',
    paradigm: 'Paradigm',
    contribution: 'Contribution',
    withGenerator: 'with the generator of ',
    backbone: 'Backbone',
    head: 'Output head',
    tokenizer: 'Tokenizer',
    code: 'Code',
    buildsOn: 'Builds on',
  },
  tokenizer: {
    /** A table cell's tokenizer kind. */
    kindShort: { discrete: 'discrete', continuous: 'continuous', none: 'none' },
    sep: ', ',
    none: 'no tokenizer',
    discrete: 'discrete',
    continuous: 'continuous',
    downsampling: (n: number) => `${n}× downsampling`,
    codes: (n: string) => `${n} codes`,
    channels: (n: number) => `${n} channels`,
  },
  /** A results row's sampling setting (src/lib/results.ts). */
  sampling: {
    none: 'no guidance',
    unstated: 'guidance (scale not stated)',
    steps: (n: number) => `${n} steps`,
    rejection: (rate: number) => `rejection sampling, acceptance ${rate}`,
    notStated: 'not stated',
    schedule: (name: string) => ` (${name})`,
    schedules: { constant: 'constant', linear: 'linear', 'power-cosine': 'power-cosine', other: 'other' },
    sep: ', ',
  },
  table: {
    rank: 'Rank',
    model: 'Model',
    params: 'Params',
    prompts: 'Prompts',
    promptsTitle: 'how the benchmark prompts were handled, with the mark the source prints',
    postTraining: 'Post-training',
    postTrainingTitle: 'training after pre-training, and whether a reward used the benchmark\u2019s own evaluator',
    reward: {
      yes: 'reward: the benchmark\u2019s own evaluator',
      no: 'reward not from the benchmark',
      unknown: 'reward source unknown',
    },
    resolution: 'Res.',
    resolutionTitle: 'resolution generated → evaluated',
    precision: 'Prec.',
    recall: 'Rec.',
    sampling: 'Sampling',
    reportedIn: 'Reported in',
    source: 'Source',
    note: 'Note',
    report: 'Report',
    method: 'Method',
    paradigm: 'Paradigm',
    backbone: 'Backbone',
    tokenizer: 'Tokenizer',
    contribution: 'Contribution',
    steps: 'Steps',
    stepsTitle: 'sequential generation steps, as printed',
    guidance: 'Guidance',
    guidanceTitle: 'guidance scale where printed',
    cfgTitle: 'classifier-free guidance scale (1 = none)',
    paperV1: 'Paper v1',
    anotherSource: (labels: string) => `Another source prints: ${labels}`,
    anotherSourceSr: 'another source prints a different number',
    differsFrom: 'Differs from',
    reportRow: (model: string, id: string) => `Report a wrong number in ${model} (${id})`,
    compareCaption: {
      before: 'Class-conditional ImageNet results. Every number links to the table or file it was read from; ',
      after: ' marks a number that another source prints differently.',
    },
    metricSource: (metric: string, value: string, source: string) => `${metric} ${value}, source: ${source}`,
    differsTitle: 'Another source prints a different number for this model and setting; follow to see it',
    differsSr: 'another source differs',
    resultsCaption: (name: string, benchmark: string) =>
      `${name}: ${benchmark} results, numbers as printed by each source`,
    boardCaption: (title: string, metric: string) => `${title}: one row per model, ranked by ${metric}`,
    field: 'Field',
    type: 'Type',
    required: 'Required',
    meaning: 'Meaning',
    yes: 'yes',
    no: 'no',
    none: 'none',
    noDefault: (d: string) => `no (default ${d})`,
  },
  filters: {
    summary: (what: string) => `Filter ${what}: paradigm, contribution, tokenizer, backbone, size`,
    label: (what: string) => `Filter ${what}`,
    thisTable: 'this table',
    thisBoard: 'this board',
    paradigm: 'Paradigm',
    contribution: 'Contribution',
    tokenizer: 'Tokenizer',
    backbone: 'Backbone',
    parameters: 'Parameters',
    from: 'From',
    to: 'to',
    any: 'any',
    guidance: 'Guidance',
    both: 'Both',
    with: 'With',
    without: 'Without',
    reportedBy: 'Numbers as reported by',
    own: "The method's own paper or repository",
    every: "Every paper's table",
    apply: 'Apply',
    clear: 'Clear filters',
    /** Read by src/client/table-view.ts: {shown}, {total}. */
    statusRows: 'Showing {shown} of {total} rows.',
    statusModels: 'Showing {shown} of {total} models.',
  },
  chart: {
    paramsTitle: (metric: string) => `${metric} against parameters`,
    stepsTitle: (metric: string) => `${metric} against sequential forward passes`,
    axisParams: 'Parameters (log scale)',
    axisSteps: 'Sequential forward passes (log scale)',
    /** A metric's axis: its name, its scale and which way is better. */
    axisMetric: (metric: string, log: boolean, lowerBetter: boolean) =>
      `${metric} (${log ? 'log scale, ' : ''}${lowerBetter ? 'lower' : 'higher'} is better)`,
    axisMetricShort: (metric: string, log: boolean) => (log ? `${metric} (log scale)` : metric),
    scope:
      'ImageNet 256×256, class-conditional, with guidance; one point per model (its best FID), numbers from the method’s own paper or repository.',
    xParams: (x: number) => `${x}M parameters`,
    xSteps: (x: number) => `${x} sequential steps`,
    desc: (scope: string, n: number, front: string, lowerBetter: boolean) =>
      `${scope} ${n} models. ${lowerBetter ? 'Lower' : 'Higher'} and further left is better. Pareto front: ${front}.`,
    tableLink: { before: ' The ', link: 'table', after: ' lists every number behind it.' },
    front: 'Pareto front (no model is both smaller and better)',
    autoregressive: 'Autoregressive',
    diffusion: 'Diffusion',
    bestToDate: (metric: string) => `best ${metric} to date`,
    leadChanges: 'Changes of lead',
    leads: (date: string, side: string, model: string, method: string, metric: string, score: number, other: number) =>
      `${date}: ${side.toLowerCase()} leads with ${model} (${method}), ${metric} ${score} against ${other}`,
    takesLead: (side: string) => `${side.toLowerCase()} takes the lead with`,
    against: ' against ',
  },
  order: {
    kinds: {
      raster: 'Raster next-token (LlamaGen, AiM)',
      'random-sets': 'Random-order sets (MAR)',
      'next-scale': 'Next-scale (VAR)',
    },
    caption: (steps: number, grid: number) =>
      `${steps} sequential ${steps === 1 ? 'step' : 'steps'} for a ${grid}×${grid} token grid.`,
    frames: 'frames',
    afterStep: (step: number, total: number) => `after step ${step} of ${total}`,
    step: (n: number) => `step ${n}`,
    animated: 'animated',
    back: 'Step back',
    play: 'Play',
    pause: 'Pause',
    forward: 'Step forward',
    slider: 'Step',
    /** Read by src/client/on-demand/generation-order.ts: {step}, {total}. */
    counter: 'Step {step} of {total}',
    animate: 'Animate this order',
  },
  copy: { button: 'Copy BibTeX', done: 'Copied' },
  history: {
    aside: 'Page history and corrections',
    lastUpdated: 'Last updated',
    edit: 'Edit this page',
    report: 'Report a wrong number',
    changes: (n: number) => `Changes to this page and its results (${n})`,
    unavailable: 'The change list is not available in this build (no full git history).',
  },
  method: {
    concepts: 'Concepts',
    conceptsLabel: 'Concepts used on this page',
    results: 'Results',
    noResults: 'No results recorded yet for this method.',
    cite: 'Cite',
  },
  methods: {
    title: 'Methods',
    description: 'Every method on the site, by family, in the order the papers first appeared.',
    intro:
      "Grouped by generation paradigm; within each, ordered by the date of each paper's first arXiv version, so that what came first reads first. A method that changes the tokenizer, the decoding or the training of an existing generator says so.",
    allData: 'All data as JSON',
    everyRow: '(every row with its source).',
    familiesLabel: 'Families on this page',
    autoregressive: 'Autoregressive methods surveyed',
    baselines: 'Baselines they compare against',
    onBoard: {
      before: 'Their models ',
      board: 'on the leaderboard',
      middle: '; every row ',
      compare: 'in the compare table',
      after: '.',
    },
    paper: (contribution: string) => `${contribution} paper`,
  },
  /** The census of methods known but not ranked (/census/). */
  /** Tables for a paper: the rows shown as LaTeX or Markdown (src/components/PaperExport.astro). */
  /** The side-by-side page (src/lib/side-by-side.ts), its words in src/i18n/side-words.ts. */
  side: SIDE_WORDS.en,
  /** A table for a paper (src/components/PaperExport.astro). */
  paper: {
    label: 'For a paper:',
    whole: 'every rank',
    shownTex: 'LaTeX of the rows shown',
    shownMd: 'Markdown of the rows shown',
    copy: 'Copy LaTeX',
    copied: 'Copied a LaTeX table of {n} rows (booktabs; \\cite keys of references.bib).',
    saved: 'Saved a table of {n} rows.',
  },
  /** Cite a number, a row's history and side by side (the tools column of a method page's results). */
  cite: {
    tools: 'Cite, compare, history',
    summary: 'Cite',
    permalink: 'Link to this row',
    key: 'BibTeX key',
    copy: 'Copy the sentence',
    copied: 'Copied',
    sideBySide: 'Side by side',
    sideBySideOf: (model: string) => `Compare ${model} side by side`,
    and: (a: string, b: string) => `${a} and ${b}`,
    etAl: (a: string) => `${a} et al.`,
    table: (table: string) => table,
    inRepository: (file: string, at: string, table?: string) => `${file}${table ? `, ${table}` : ''} at ${at}`,
    sentence: (metric: string, value: string, who: string, year: string, place: string, setting: string) =>
      `${metric} ${value} (${who}, ${year}, ${place}; ${setting})`,
    history: (n: number) => `History (${n})`,
    historyIntro: "Changes of this row in the project's history:",
    value: (metric: string, from: string, to: string) => `${metric} ${from} → ${to}`,
    source: (from: string, to: string) => `source ${from} → ${to}`,
  },
  census: {
    title: 'Known, not on the boards',
    description:
      'Image generators this survey knows of but does not rank yet, each with the reason: no first-hand number, only reprints, no paper, outside the boards.',
    intro: (n: number) =>
      `${n} methods the survey knows of and cannot rank yet. Each says what was read, where, and what is missing; none is left out silently. Every method on the boards has its own page and numbers read in its own paper or repository.`,
    add: { before: 'Found a first-hand number for one of these? ', link: 'Add it', after: ' with its source.' },
    reasonIntro: 'Why',
    arxiv: 'arXiv',
    repository: 'Repository',
    family: 'Paradigm',
    detail: 'What was read',
    checked: 'Checked',
    none: 'none',
    caption: (task: string, reason: string) => `${task}: ${reason}`,
    /** The line on the methods index, the boards and the contribution guide. */
    link: {
      before: 'Known but not ranked: ',
      link: (n: number) => `${n} more methods in the census`,
      after: ', each with why.',
    },
    kind: 'known, not on the boards',
    kindTitle: 'Known, not on the boards',
  },
  concepts: {
    title: 'Concepts',
    description: 'What sets the families apart: tokenizers, generation orders, the diffusion loss, metrics, guidance.',
    intro:
      'The ideas the method pages rely on, explained once. The families differ most in the order in which they produce an image and in the kind of token they build it from:',
    allTerms: 'All terms',
    discussed: 'Methods discussed here',
    termsHere: 'Terms explained here',
  },
  home: {
    lede: 'Image generators that work token by token, explained and compared on the numbers their papers print: every FID, parameter count and sampling setting here links to the table or file it was read from.',
    counts: (ar: number, baselines: number, rows: number) =>
      `${ar} autoregressive methods and ${baselines} baselines, ${rows} result rows, each with its source.`,
    settingsDiffer: {
      before: 'Settings differ (guidance, steps, resolution generated): the ',
      board: 'leaderboard',
      middle: ' ranks each model and shows when the lead changed sides, and the ',
      compare: 'compare table',
      after: ' holds every row.',
    },
    families: 'The seed families',
    bestOnBoard: { before: 'Best on the ', board: 'leaderboard', after: ':' },
    rank: (n: number) => `rank ${n}`,
    alsoInFamily: (n: number) => `Also in this family (${n}):`,
    paradigmBest: "The best model of each paradigm on the leaderboard (256×256, each method's own numbers):",
    firsts: 'Who came first',
    firstsIntro: "By the date of each paper's first arXiv version:",
    /** After papers of one month that cannot be ordered: at least one is dated only to the month. */
    sameMonth: '(same month; the day of at least one was not read in a primary source)',
    recent: 'Recently added',
    added: 'added',
    paperOf: 'paper of',
    feed: 'RSS feed of new methods',
    atAGlance: 'Quality against size',
    compareAll: 'Compare every result',
    allMethods: 'All methods and baselines',
  },
  compare: {
    title: 'Compare',
    description: 'Every FID, IS, precision and recall on the site in one sortable table, with every source.',
    /** The title of a benchmark's table other than ImageNet's. */
    titleOf: (benchmark: string) => `Compare: ${benchmark}`,
    describe: (benchmark: string, metrics: readonly string[]) =>
      `Every ${metrics.join(', ')} on ${benchmark} on the site in one sortable table, with every source.`,
    benchmarks: 'Benchmarks',
    intro: {
      before:
        'Every row on the site, from the method\'s own paper and repository and from the tables of the papers that compare against it. For "which model is best, at what size", the ',
      board: 'leaderboard',
      after: ' ranks one row per model and charts it against parameters and over time.',
    },
    allResults: 'All results',
    downloadRows: 'Download these rows',
    bibtexAll: 'BibTeX of every paper',
    noJs: 'Without JavaScript the table shows every row, from every source, in date order.',
  },
  board: {
    ranked: (metric: string, lowerFirst: boolean, total: number, methods: number) =>
      `Ranked by ${metric}, ${lowerFirst ? 'lower' : 'higher'} first; ${total} models from ${methods} methods`,
    listed: (listed: number, total: number) =>
      `, of which this page lists the first ${listed} (the downloads hold all ${total})`,
    boards: 'Boards',
    everyRow: 'Every row, every source',
    settingsDiffer:
      'Settings still differ between rows (guidance scale, steps, generated resolution): each row links to the table it was read from.',
    overTime: 'Autoregression against diffusion, over time',
    overTimeTitle: (metric: string) => `Best ${metric} to date: autoregressive methods and diffusion models`,
    overTimeScope: (setting: string) =>
      `${setting}: the methods' own published numbers (the rows of this board), each dated by the paper's first arXiv version (or the later version that first printed the number, where that is known; to the month where the day was not read); any size, so settings differ between records.`,
    charts: (metric: string) => `${metric} against size and against speed`,
    chartSize: (metric: string) => `${metric} against size`,
    paramsScope: (holds: string, n: number) =>
      `${holds} One point per model of this board that prints its size (${n}).`,
    stepsScope: (n: number) =>
      `The same board against the number of sequential forward passes one image takes, as each paper prints it: raster order makes one pass per token (256 and more), next-scale about ten, parallel decoding and masked sets fewer. One point per model that states its steps (${n}); a diffusion model's count is its sampler's steps.`,
    theBoard: 'The board',
    end: '.',
    download: (total: number, listed: number) =>
      total > listed ? `Download all ${total} models of this board:` : 'Download this board:',
    shownRows: '(with filters or sorting on, the rows shown)',
    leftOut:
      'Left out: numbers from other papers\u2019 tables (a reprint may use another setting) and later releases by the authors (a new recipe or checkpoint); the compare table has both.',
    /** The words of a benchmark's own board, where src/lib/board.ts names none for it. */
    derived: (benchmark: string, holds?: string) => ({
      setting: benchmark,
      label: benchmark,
      title: `Leaderboard: ${benchmark}`,
      holds: holds ?? `Models evaluated on ${benchmark}, as their own paper printed them.`,
    }),
    /** Each board's switcher label, title and what it holds, by board slug (src/lib/board.ts). */
    named: {
      all: {
        setting: 'ImageNet 256×256, with or without guidance',
        label: '256×256',
        title: 'Leaderboard: class-conditional ImageNet 256×256',
        holds:
          'Every model at 256×256, with or without guidance: its best FID among the numbers its own paper printed.',
      },
      guidance: {
        setting: 'ImageNet 256×256 with guidance',
        label: 'With guidance',
        title: 'Leaderboard: 256×256 with guidance',
        holds:
          'Models at 256×256 sampled with guidance (classifier-free or another kind), as their own paper printed them.',
      },
      'no-guidance': {
        setting: 'ImageNet 256×256 without guidance',
        label: 'Without guidance',
        title: 'Leaderboard: 256×256 without guidance',
        holds:
          'Models at 256×256 sampled without any guidance, as their own paper printed them: the setting where guidance-free training competes (CCA and UniTok among autoregressive methods, model guidance and UCGM among diffusion models: guidance learned in training, none applied at sampling).',
      },
      '512': {
        setting: 'ImageNet 512×512, with or without guidance',
        label: '512×512',
        title: 'Leaderboard: class-conditional ImageNet 512×512',
        holds: 'Models evaluated at 512×512, with or without guidance, as their own paper printed them.',
      },
      '512-guidance': {
        setting: 'ImageNet 512×512 with guidance',
        label: '512, with guidance',
        title: 'Leaderboard: 512×512 with guidance',
        holds:
          'Models at 512×512 sampled with guidance (classifier-free or another kind), as their own paper printed them.',
      },
      '512-no-guidance': {
        setting: 'ImageNet 512×512 without guidance',
        label: '512, without guidance',
        title: 'Leaderboard: 512×512 without guidance',
        holds: 'Models at 512×512 sampled without any guidance, as their own paper printed them.',
      },
      geneval: {
        setting: 'GenEval, original prompts',
        label: 'GenEval',
        title: 'Leaderboard: text-to-image, GenEval (original prompts)',
        holds:
          'Text-to-image models scored on GenEval\u2019s 553 prompts as written, higher is better: each model\u2019s best overall score its own paper or repository printed. Scores on prompts rewritten by a language model, or after the model reasons over the prompt, rank on their own board.',
      },
      'geneval-rewritten': {
        setting: 'GenEval, rewritten prompts',
        label: 'GenEval, rewritten',
        title: 'Leaderboard: GenEval with rewritten prompts',
        holds:
          'GenEval scores where a language model rewrote the prompts first, or the model reasoned over the prompt before drawing (self-reasoning). Not comparable with scores on the prompts as written, so ranked apart.',
      },
      'geneval-unstated': {
        setting: 'GenEval, prompt handling not stated',
        label: 'GenEval, not stated',
        title: 'Leaderboard: GenEval, prompt handling not stated',
        holds:
          'GenEval scores whose source does not say whether the prompts were rewritten. Kept apart from both other GenEval boards rather than guessed into one.',
      },
      'dpg-bench': {
        setting: 'DPG-Bench',
        label: 'DPG-Bench',
        title: 'Leaderboard: text-to-image, DPG-Bench',
        holds:
          'Text-to-image models scored on DPG-Bench\u2019s 1,065 dense prompts, higher is better: each model\u2019s best overall score its own paper or repository printed. Rows marked as using rewritten prompts are left out.',
      },
    },
  },
  /** Who leads, autoregression or diffusion, under a board's setting (src/lib/lead.ts); every value is computed. */
  lead: {
    heading: 'Who leads now',
    intro:
      "Under each board's setting, the best autoregressive and the best diffusion model by the numbers their own papers print, the gap in the board's metric (FID: lower is better; GenEval and DPG-Bench: higher is better), and since when the leader has led.",
    caption: 'Who leads under each setting: the best model of each side, the gap, and since when',
    setting: 'Setting',
    leader: 'Leads',
    bestAr: 'Best autoregressive',
    bestDiffusion: 'Best diffusion',
    gap: 'Gap',
    since: 'Leads since',
    score: (metric: string, value: number) => `${metric} ${value}`,
    /** "diffusion leads by 0.11 FID": the sentence's first half; the models follow. */
    leads: (side: string, margin: number, metric: string) => `${side} leads by ${margin} ${metric}`,
    /** After the leader and the gap, before the models. */
    colon: ': ',
    against: ', against ',
    sinceText: (date: string) => `, and has led since ${date}`,
    neverLost: (date: string) => `, and has led since both sides first had a model on this board (${date})`,
    sinceStart: (date: string) => `always (from ${date})`,
    /** Begins a second sentence: starts with its space. */
    /** Where both sides' best scores are equal: "Level at DPG-Bench 88.32", then the two models. */
    level: (metric: string, value: number) => `Level at ${metric} ${value}`,
    and: ' and ',
    reachedFirst: (side: string, date: string) => `; ${side.toLowerCase()} printed it first (${date})`,
    levelCell: 'Level',
    levelSince: (date: string) => `level since ${date}`,
    notControlled: ' Not controlled between the two numbers: ',
    sameSettings: ' The two numbers state the same guidance, steps, evaluator and sample count.',
    fields: {
      guidance: 'guidance',
      steps: 'sampling steps',
      evaluator: 'evaluator',
      samples: 'samples evaluated',
      generated: 'resolution generated',
      prompts: 'prompt handling',
    },
    pair: (ar: string, diffusion: string) => `${ar} (autoregressive) against ${diffusion} (diffusion)`,
    notStated: 'not stated',
    /** The settings neither source states, after the ones that differ: a sentence starting with its space. */
    neither: (fields: string) => ` Neither source states its ${fields}.`,
    bySize: 'At comparable sizes',
    bySizeCaption: (title: string) => `${title}: the best model of each side within each band of parameter count`,
    band: 'Parameters',
    bands: { small: 'under 500M', medium: '500M to 1B', large: '1B and more' },
    noRival: (side: string) => `No ${side} model is on this board yet, so no lead is stated.`,
    onBoard: 'board',
  },
  timeline: {
    title: 'Timeline',
    description: 'Every paper on the site by the date of its first arXiv version, with what it builds on.',
    intro:
      'Every paper by the date of its first arXiv version; later versions are listed under it. The four families this survey follows are in bold. In order:',
    and: ' and ',
    comma: ', ',
    jumpTo: 'Jump to',
    years: 'Years',
    filterLabel: 'Filter the timeline by family',
    showOnly: 'Show only',
    allFamilies: 'All families',
    /** Read by src/client/on-demand/timeline-filter.ts: {shown}, {total}. */
    status: 'Showing {shown} of {total} papers.',
    laterVersions: 'Later versions',
    buildsOn: 'Builds on',
    dateNotVerified: 'date not verified',
    /** Under a date known only to the month. */
    dayNotRead: 'day not read',
  },
  contribute: {
    title: 'Contribute',
    description: 'How to add a method, add or fix a number, and what the build checks.',
    englishBelow: 'The full guide follows, in English.',
    fieldReference: 'Field reference',
    fieldIntro: 'Generated from the schemas the build validates against, so it always matches what the build accepts.',
    methodFields: 'Method page frontmatter',
    resultsFields: 'Results file',
    methodCaption: 'Method frontmatter fields',
    resultsCaption: 'Results file fields',
    censusFields: 'Census file',
    censusCaption: 'Census entry fields',
    censusHeading: 'Add a method from the census',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved when a method was renamed.',
    home: 'Home',
    allMethods: 'All methods',
  },
  translation: {
    /** Shown on a page whose prose is not translated yet, above that prose (which is marked lang="en"). */
    untranslated: 'This explanation has not been translated yet.',
    outdated: (date: string) => `The English page was updated on ${date}, after this translation.`,
    readEnglish: 'Read the English page',
    source: 'Translated from',
    englishPage: 'the English page',
  },
  date: {
    /** "17 Jun 2024" */
    format: formatDay,
    /** "Jun 2024": a date known only to the month. */
    month: formatMonth,
    number: formatNumber,
  },
};

/** The shape every language's dictionary has: the same keys, strings and templates with the same arguments. */
export type Dictionary = typeof en;
