/* global document, window, performance, requestAnimationFrame, IntersectionObserver, uPlot */
/**
 * The benchgate dashboard's page script: reads the data embedded in index.html, lists a card per series
 * and draws each card's chart (uPlot) or table when it scrolls into view. Every string from the history
 * reaches the page through textContent, element attributes set one by one, or canvas text: never as
 * markup. No request leaves the page: everything it needs is in the site's folder.
 */
(() => {
  'use strict';

  const PAGE = 50;
  const HEIGHT = 200;
  const COLORS = {
    line: '#0969da',
    point: '#0969da',
    mean: '#cf222e',
    shade: 'rgba(9, 105, 218, 0.06)',
    change: 'rgba(207, 34, 46, 0.55)',
    runner: 'rgba(130, 80, 223, 0.8)',
    grid: 'rgba(31, 35, 40, 0.08)',
    axis: '#59636e',
  };

  performance.mark('benchgate:start');
  const data = JSON.parse(document.getElementById('benchgate-data').textContent);
  performance.mark('benchgate:data');
  const $ = (id) => document.getElementById(id);

  /** An element with text content and attributes; never HTML. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  // ─── numbers, dates, commits ─────────────────────────────────────────────────────────────────────

  /** 1234567.5 → "1,234,567.5": the stored digits, grouped. */
  function num(v) {
    if (v === null || v === undefined) return '—';
    const [int, frac] = String(v).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  function least(list) {
    let m = Infinity;
    for (const x of list) if (x < m) m = x;
    return m;
  }
  function most(list) {
    let m = -Infinity;
    for (const x of list) if (x > m) m = x;
    return m;
  }
  function withUnit(v, unit) {
    return unit ? `${num(v)} ${unit}` : num(v);
  }
  function pct(a, b) {
    if (!a) return '';
    const p = ((b - a) / Math.abs(a)) * 100;
    const sign = p > 0 ? '+' : p < 0 ? '−' : '±';
    const abs = Math.abs(p);
    return `${sign}${abs >= 100 ? abs.toFixed(0) : abs >= 10 ? abs.toFixed(1) : abs.toFixed(2)}%`;
  }
  function date(t) {
    return t ? new Date(t * 1000).toISOString().slice(0, 10) : '—';
  }
  function dateTime(t) {
    return t ? `${new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'unknown time';
  }
  /** An x-axis label: the day, or the hour when the runs span less than two days. */
  function tick(runs, i) {
    const t = runs.t[i];
    if (!t) return `#${i + 1}`;
    const known = runs.t.filter((x) => x > 0);
    const span = known.length ? known[known.length - 1] - known[0] : 0;
    const iso = new Date(t * 1000).toISOString();
    return span < 2 * 86400 ? iso.slice(11, 16) : iso.slice(5, 10);
  }
  const HEX = /^[0-9a-f]{7,64}$/i;
  function shortCommit(sha) {
    const s = String(sha).replace(/[^0-9A-Za-z]/g, '');
    return s.slice(0, 7) || '?';
  }
  const repo = typeof data.repo === 'string' && /^https?:\/\//.test(data.repo) ? data.repo : null;
  /** A link to the commit when the repository is known and the commit is a hash; plain text otherwise. */
  function commitNode(sha) {
    const text = el('code', {}, shortCommit(sha));
    if (!repo || !HEX.test(sha)) return text;
    return el('a', { href: `${repo}/commit/${sha}`, title: sha, rel: 'noreferrer' }, text);
  }

  // ─── the series ──────────────────────────────────────────────────────────────────────────────────

  const items = [];
  for (const suite of data.suites) {
    for (const s of suite.series) {
      items.push({ suite, s, key: `${s.n}\u0000${s.m}\u0000${suite.name}`.toLowerCase(), card: null });
    }
  }
  const byId = new Map(items.map((it) => [it.s.id, it]));

  /** Segment means between change points, for every run index a segment spans. */
  function segments(s) {
    const bounds = [0, ...s.cp, s.v.length];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      let sum = 0;
      let n = 0;
      let first = -1;
      let last = -1;
      for (let i = bounds[k]; i < bounds[k + 1]; i++) {
        if (s.v[i] === null) continue;
        sum += s.v[i];
        n++;
        if (first < 0) first = i;
        last = i;
      }
      if (n) out.push({ from: first, to: last, start: bounds[k], mean: Number((sum / n).toPrecision(4)) });
    }
    return out;
  }

  function describe(it) {
    const { s, suite } = it;
    const present = s.v.filter((x) => x !== null);
    const segs = segments(s);
    const parts = [
      `${present.length} runs of ${s.n}, ${s.m}`,
      present.length ? `latest ${withUnit(present[present.length - 1], s.u)}` : '',
      present.length ? `range ${withUnit(least(present), s.u)} to ${withUnit(most(present), s.u)}` : '',
      segs.length > 1
        ? `${segs.length - 1} change point${segs.length > 2 ? 's' : ''}: ${segs
            .slice(1)
            .map(
              (g, i) =>
                `${withUnit(segs[i].mean, s.u)} to ${withUnit(g.mean, s.u)} at ${shortCommit(data.commits[suite.runs.c[g.start]])}`,
            )
            .join('; ')}`
        : 'no change point',
    ];
    return parts.filter(Boolean).join('; ');
  }

  // ─── filters ─────────────────────────────────────────────────────────────────────────────────────

  const state = { q: '', metric: '', suite: '', changed: false, log: false, view: 'charts', shown: PAGE };

  function fillSelect(select, values) {
    for (const v of values) select.append(el('option', { value: v }, v));
  }
  fillSelect($('metric'), [...new Set(items.map((it) => it.s.m))].sort());
  fillSelect($('suite'), [...new Set(items.map((it) => it.suite.name))].sort());
  if (data.suites.length < 2) $('suite-field').hidden = true;

  function matches(it) {
    if (state.metric && it.s.m !== state.metric) return false;
    if (state.suite && it.suite.name !== state.suite) return false;
    if (state.changed && it.s.cp.length === 0) return false;
    if (!state.q) return true;
    return state.q
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => it.key.includes(w));
  }

  // ─── charts ──────────────────────────────────────────────────────────────────────────────────────

  function chartOptions(it, width, log) {
    const { s, suite } = it;
    const runs = suite.runs;
    const segs = segments(s);
    const tip = el('div', { class: 'tip', role: 'presentation', hidden: true });
    return {
      tip,
      opts: {
        width,
        height: HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: true, y: false, setScale: true }, points: { size: 8 } },
        scales: { x: { time: false }, y: log ? { distr: 3 } : {} },
        axes: [
          {
            stroke: COLORS.axis,
            grid: { stroke: COLORS.grid },
            ticks: { stroke: COLORS.grid },
            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
            space: 70,
            values: (u, splits) => splits.map((i) => (Number.isInteger(i) ? tick(runs, i) : '')),
          },
          {
            stroke: COLORS.axis,
            grid: { stroke: COLORS.grid },
            ticks: { stroke: COLORS.grid },
            size: 60,
            label: s.u || s.m,
            labelSize: 18,
            values: (u, splits) => splits.map((v) => (v === null ? '' : num(Number(v.toPrecision(4))))),
          },
        ],
        series: [
          {},
          {
            label: s.n,
            stroke: COLORS.line,
            width: 1.5,
            spanGaps: true,
            points: { show: true, size: 4, fill: COLORS.point, stroke: COLORS.point },
          },
          { label: 'segment mean', stroke: COLORS.mean, width: 2, dash: [6, 3], points: { show: false } },
        ],
        hooks: {
          drawClear: [
            (u) => {
              // Alternate segments shaded, so each stretch between change points reads as one.
              const ctx = u.ctx;
              ctx.save();
              ctx.fillStyle = COLORS.shade;
              segs.forEach((g, k) => {
                if (k % 2 === 0) return;
                const end = k + 1 < segs.length ? segs[k + 1].start - 0.5 : s.v.length - 0.5;
                const x0 = u.valToPos(g.start - 0.5, 'x', true);
                const x1 = u.valToPos(end, 'x', true);
                ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
              });
              ctx.restore();
            },
          ],
          draw: [
            (u) => {
              const ctx = u.ctx;
              const line = (i, color, dash, text) => {
                const x = Math.round(u.valToPos(i - 0.5, 'x', true));
                if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
                ctx.save();
                ctx.strokeStyle = color;
                ctx.lineWidth = window.devicePixelRatio || 1;
                ctx.setLineDash(dash);
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
                if (text) {
                  ctx.fillStyle = color;
                  ctx.font = `${11 * (window.devicePixelRatio || 1)}px system-ui, sans-serif`;
                  ctx.fillText(text, x + 4, u.bbox.top + 12 * (window.devicePixelRatio || 1));
                }
                ctx.restore();
              };
              for (const i of s.cp) line(i, COLORS.change, [], '');
              for (const i of runs.rc) line(i, COLORS.runner, [2, 3], 'runner changed');
            },
          ],
          setCursor: [
            (u) => {
              const i = u.cursor.idx;
              if (i === null || i === undefined || s.v[i] === null) {
                tip.hidden = true;
                return;
              }
              const sha = data.commits[runs.c[i]];
              const runner = runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'runner not recorded';
              tip.replaceChildren(
                el('strong', {}, withUnit(s.v[i], s.u)),
                el('span', {}, `commit ${shortCommit(sha)}`),
                el('span', {}, dateTime(runs.t[i])),
                el('span', { class: 'tip-runner' }, runner),
              );
              tip.dataset.run = String(i);
              tip.dataset.commit = String(sha);
              tip.hidden = false;
              const left = u.cursor.left;
              const top = u.valToPos(s.v[i], 'y');
              const w = u.over.clientWidth;
              tip.style.left = `${Math.min(Math.max(0, left + 12), Math.max(0, w - 190))}px`;
              tip.style.top = `${Math.max(0, top - 70)}px`;
            },
          ],
        },
      },
      data: [
        s.v.map((_, i) => i),
        log ? s.v.map((x) => (x !== null && x > 0 ? x : null)) : s.v,
        s.v.map((_, i) => {
          const g = segs.find((x) => i >= x.from && i <= x.to);
          return g ? g.mean : null;
        }),
      ],
    };
  }

  function drawChart(it) {
    const box = it.card.querySelector('.plot');
    box.replaceChildren();
    const log = state.log && it.s.v.every((x) => x === null || x > 0);
    const { opts, data: aligned, tip } = chartOptions(it, Math.max(240, box.clientWidth), log);
    it.chart = new uPlot(opts, aligned, box);
    it.chart.over.append(tip);
    it.chart.over.addEventListener('mouseleave', () => (tip.hidden = true));
  }

  function drawTable(it) {
    const { s, suite } = it;
    const runs = suite.runs;
    const segs = segments(s);
    const box = it.card.querySelector('.plot');
    const body = el('tbody');
    for (let i = s.v.length - 1; i >= 0; i--) {
      if (s.v[i] === null) continue;
      const seg = segs.findIndex((g) => i >= g.from && i <= g.to);
      body.append(
        el(
          'tr',
          { class: s.cp.includes(i) ? 'cp' : undefined },
          el('td', { class: 'n' }, String(i + 1)),
          el('td', {}, dateTime(runs.t[i])),
          el('td', {}, commitNode(data.commits[runs.c[i]])),
          el('td', { class: 'n value' }, num(s.v[i])),
          el('td', { class: 'n' }, seg >= 0 ? `${seg + 1}${s.cp.includes(i) ? ' (change)' : ''}` : ''),
          el('td', {}, runs.r[i] >= 0 ? data.runners[runs.r[i]] : '—'),
        ),
      );
    }
    const unit = s.u ? ` (${s.u})` : '';
    const table = el(
      'table',
      {},
      el('caption', {}, `${s.n} · ${s.m}, suite ${suite.name}: every base-branch run, newest first`),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Run', 'Date', 'Commit', `Value${unit}`, 'Segment', 'Runner'].map((h) =>
            el('th', { scope: 'col' }, h),
          ),
        ),
      ),
      body,
    );
    box.replaceChildren(
      el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${s.n} values` }, table),
    );
  }

  function draw(it) {
    if (it.drawn) return;
    it.drawn = true;
    if (state.view === 'table') drawTable(it);
    else drawChart(it);
  }

  function undraw(it) {
    if (it.chart) it.chart.destroy();
    it.chart = null;
    it.drawn = false;
  }

  // Draw what scrolls into view (and a screen ahead); nothing else.
  let firstScreen = false;
  const observer = new IntersectionObserver(
    (entries) => {
      let drew = false;
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const it = byId.get(e.target.id);
        if (it && !it.drawn) {
          draw(it);
          drew = true;
        }
        observer.unobserve(e.target);
      }
      if (drew && !firstScreen) {
        firstScreen = true;
        requestAnimationFrame(() => {
          performance.mark('benchgate:first-screen');
          document.body.dataset.ready = 'true';
        });
      }
    },
    { rootMargin: '200px 0px' },
  );

  // ─── cards ───────────────────────────────────────────────────────────────────────────────────────

  function notes(it) {
    const { s, suite } = it;
    const runs = suite.runs;
    const segs = segments(s);
    const list = el('ul', { class: 'notes' });
    segs.slice(1).forEach((g, k) => {
      const before = segs[k].mean;
      const worse = s.s ? g.mean > before : g.mean < before;
      const word = s.m === 'time' ? (worse ? 'slower' : 'faster') : worse ? 'worse' : 'better';
      list.append(
        el(
          'li',
          { class: worse ? 'worse' : 'better' },
          el('span', { class: 'badge' }, word),
          ` ${withUnit(before, s.u)} → ${withUnit(g.mean, s.u)} (${pct(before, g.mean)}) at `,
          commitNode(data.commits[runs.c[g.start]]),
          `, ${date(runs.t[g.start])}`,
        ),
      );
    });
    for (const i of runs.rc) {
      if (i >= s.v.length) continue;
      list.append(
        el(
          'li',
          { class: 'runner' },
          el('span', { class: 'badge' }, 'runner'),
          ` changed to ${runs.r[i] >= 0 ? data.runners[runs.r[i]] : 'an unrecorded runner'} at `,
          commitNode(data.commits[runs.c[i]]),
          `, ${date(runs.t[i])}`,
        ),
      );
    }
    return list;
  }

  function card(it) {
    const { s, suite } = it;
    const present = s.v.filter((x) => x !== null);
    const latest = present[present.length - 1];
    const head = el(
      'header',
      {},
      el('h2', {}, el('a', { href: `#${s.id}`, class: 'name' }, s.n)),
      el(
        'p',
        { class: 'meta' },
        el('span', { class: 'metric' }, s.m),
        data.suites.length > 1 ? el('span', { class: 'suite' }, suite.name) : null,
        el('span', {}, s.s ? 'lower is better' : 'higher is better'),
        el('span', {}, `${present.length} runs`),
        latest !== undefined ? el('span', { class: 'latest' }, `latest ${withUnit(latest, s.u)}`) : null,
      ),
    );
    const plot = el('div', { class: 'plot', role: state.view === 'charts' ? 'img' : undefined });
    if (state.view === 'charts') plot.setAttribute('aria-label', describe(it));
    const c = el(
      'article',
      { class: 'card', id: s.id, 'aria-labelledby': `${s.id}-h` },
      head,
      plot,
      notes(it),
    );
    head.querySelector('h2').id = `${s.id}-h`;
    it.card = c;
    it.drawn = false;
    return c;
  }

  let current = [];
  function render() {
    for (const it of items) if (it.card) undraw(it);
    observer.disconnect();
    current = items.filter(matches);
    const list = $('list');
    const shown = current.slice(0, state.shown);
    const fragment = document.createDocumentFragment();
    for (const it of shown) fragment.append(card(it));
    list.replaceChildren(fragment);
    for (const it of shown) observer.observe(it.card);
    const total = items.length;
    $('count').textContent =
      current.length === total
        ? `${total} series${shown.length < current.length ? `, ${shown.length} shown` : ''}`
        : `${current.length} of ${total} series match${shown.length < current.length ? `, ${shown.length} shown` : ''}`;
    $('more').hidden = shown.length >= current.length;
    $('empty').hidden = current.length > 0;
  }

  function showMore() {
    const list = $('list');
    const from = Math.min(state.shown, current.length);
    state.shown += PAGE;
    const next = current.slice(from, state.shown);
    for (const it of next) {
      list.append(card(it));
      observer.observe(it.card);
    }
    $('more').hidden = state.shown >= current.length;
    $('count').textContent = $('count').textContent.replace(
      /\d+ shown/,
      `${Math.min(state.shown, current.length)} shown`,
    );
    if (next[0]) next[0].card.querySelector('h2 a').focus();
  }

  function redrawAll() {
    for (const it of current) {
      if (!it.card) continue;
      undraw(it);
      const plot = it.card.querySelector('.plot');
      plot.replaceChildren();
      if (state.view === 'charts') {
        plot.setAttribute('role', 'img');
        plot.setAttribute('aria-label', describe(it));
      } else {
        plot.removeAttribute('role');
        plot.removeAttribute('aria-label');
      }
      if (it.card.isConnected) {
        observer.unobserve(it.card);
        observer.observe(it.card);
      }
    }
  }

  // ─── page ────────────────────────────────────────────────────────────────────────────────────────

  function header() {
    const runs = data.suites.reduce((n, x) => n + x.runs.c.length, 0);
    const times = data.suites.flatMap((x) => x.runs.t).filter((t) => t > 0);
    const names = data.suites.map((x) => x.name);
    document.title = `benchgate · ${names.join(', ')}`;
    $('suites').textContent = names.join(', ') || 'no suite';
    const facts = [
      `${items.length} series`,
      `${runs} base-branch run${runs === 1 ? '' : 's'}`,
      times.length ? `${date(least(times))} to ${date(most(times))}` : '',
    ].filter(Boolean);
    $('facts').textContent = facts.join(' · ');
    if (repo) {
      $('repo').append(el('a', { href: repo, rel: 'noreferrer' }, repo.replace(/^https?:\/\//, '')));
    }
  }

  let timer = 0;
  $('q').addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state.q = $('q').value.trim();
      state.shown = PAGE;
      render();
    }, 120);
  });
  $('metric').addEventListener('change', () => {
    state.metric = $('metric').value;
    state.shown = PAGE;
    render();
  });
  $('suite').addEventListener('change', () => {
    state.suite = $('suite').value;
    state.shown = PAGE;
    render();
  });
  $('changed').addEventListener('change', () => {
    state.changed = $('changed').checked;
    state.shown = PAGE;
    render();
  });
  $('log').addEventListener('change', () => {
    state.log = $('log').checked;
    if (state.view === 'charts') redrawAll();
  });
  for (const r of document.querySelectorAll('input[name="view"]')) {
    r.addEventListener('change', () => {
      state.view = document.querySelector('input[name="view"]:checked').value;
      $('log').disabled = state.view !== 'charts';
      redrawAll();
    });
  }
  $('more').addEventListener('click', showMore);
  $('controls').addEventListener('submit', (e) => e.preventDefault());

  let resizing = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizing);
    resizing = window.setTimeout(() => {
      for (const it of current) {
        if (!it.chart) continue;
        const box = it.card.querySelector('.plot');
        it.chart.setSize({ width: Math.max(240, box.clientWidth), height: HEIGHT });
      }
    }, 150);
  });

  /** `#s-…` opens that series' card, whatever the filters hid, and scrolls to it. */
  function follow() {
    const id = window.location.hash.slice(1);
    const it = byId.get(id);
    if (!it) return;
    for (const x of items) if (x.card) x.card.classList.remove('target');
    if (it.card && it.card.isConnected) {
      it.card.classList.add('target');
      it.card.scrollIntoView({ block: 'start' });
      return;
    }
    if (!matches(it)) {
      state.q = '';
      state.metric = '';
      state.suite = '';
      state.changed = false;
      $('q').value = '';
      $('metric').value = '';
      $('suite').value = '';
      $('changed').checked = false;
      state.shown = PAGE;
    }
    const pos = items.filter(matches).indexOf(it);
    if (pos >= state.shown) state.shown = pos + 1;
    render();
    it.card.classList.add('target');
    it.card.scrollIntoView({ block: 'start' });
    it.card.querySelector('h2 a').focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', follow);

  header();
  render();
  follow();
  performance.mark('benchgate:cards');
})();
