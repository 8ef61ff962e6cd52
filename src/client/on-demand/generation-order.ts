// The generation-order player, loaded on demand by the "Animate" button of a generation-order view.
// It reads the steps from the server-rendered SVG (data-step per cell, data-frame per scale grid);
// all ordering logic is computed at build time (src/lib/generation-order.ts).

const reduceMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Turns one view into a player; starts playing unless the reader prefers reduced motion. */
export function init(view: HTMLElement | null): void {
  if (!view || view.dataset.ready) return;
  view.dataset.ready = 'true';
  const total = Number(view.dataset.steps);
  const player = view.querySelector<HTMLElement>('[data-player]')!;
  const cells = [...player.querySelectorAll<SVGElement>('[data-step]')];
  const grids = [...player.querySelectorAll<SVGElement>('[data-frame]')];
  const slider = player.querySelector<HTMLInputElement>('[data-slider]')!;
  const counter = player.querySelector<HTMLElement>('[data-counter]')!;
  const play = player.querySelector<HTMLButtonElement>('[data-act="play"]')!;
  let step = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const show = (s: number) => {
    step = Math.max(0, Math.min(total, s));
    for (const c of cells) c.classList.toggle('on', Number(c.dataset.step) <= step);
    for (const g of grids) g.classList.toggle('on', Number(g.dataset.frame) === step);
    slider.value = String(step);
    // The page gives the words in its language: data-template, data-play, data-pause.
    counter.textContent = (counter.dataset.template || 'Step {step} of {total}')
      .replace('{step}', String(step))
      .replace('{total}', String(total));
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.setAttribute('aria-pressed', 'false');
    play.textContent = play.dataset.play || 'Play';
  };
  const start = () => {
    if (step >= total) show(0);
    play.setAttribute('aria-pressed', 'true');
    play.textContent = play.dataset.pause || 'Pause';
    // About four seconds for any order, at least 60 ms a step.
    timer = setInterval(() => (step >= total ? stop() : show(step + 1)), Math.max(60, 4000 / total));
  };

  play.addEventListener('click', () => (timer ? stop() : start()));
  player.querySelector('[data-act="back"]')!.addEventListener('click', () => (stop(), show(step - 1)));
  player.querySelector('[data-act="forward"]')!.addEventListener('click', () => (stop(), show(step + 1)));
  slider.addEventListener('input', () => (stop(), show(Number(slider.value))));

  view.querySelector<HTMLElement>('.frames')!.hidden = true;
  view.querySelector<HTMLElement>('[data-module]')!.hidden = true;
  player.hidden = false;
  show(0);
  play.focus();
  if (!reduceMotion()) start();
}
