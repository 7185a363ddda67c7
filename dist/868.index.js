export const id = 868;
export const ids = [868];
export const modules = {

/***/ 48868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ deliver)
});

// UNUSED EXPORTS: runUrlOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/inputs.ts
var inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/analyze/verdicts.ts
var analyze_verdicts = __webpack_require__(85184);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/dashboard-links.ts
var dashboard_links = __webpack_require__(23154);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(61996);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/chart.ts


/** Mermaid titles are quoted strings: only characters that cannot end the string or the fence. */
function mermaidText(text, max = 60) {
    const t = Array.from(text.replace(/[^\p{L}\p{N} _.,/=:+()[\]·-]/gu, '_'));
    return t.length > max ? `${t.slice(0, max - 1).join('')}…` : t.join('');
}
function label(p) {
    return p.commit === undefined
        ? 'this run'
        : p.commit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7) || `run ${p.run}`;
}
function num(x) {
    return String(Number(x.toPrecision(4)));
}
function chart(c) {
    const { divisor, label: unitLabel } = (0,units/* scaleOf */._K)(c.series.unit, c.points.map((p) => p.value));
    return [
        '```mermaid',
        // A visible line color and a compact size, for GitHub's renderer as for any other.
        '%%{init: {"xyChart": {"width": 640, "height": 260}, "themeVariables": {"xyChart": {"plotColorPalette": "#cf222e"}}}}%%',
        'xychart-beta',
        `  title "${mermaidText(`${c.series.name} · ${c.series.metric}`)}"`,
        `  x-axis [${c.points.map((p) => `"${label(p)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(unitLabel || c.series.metric, 20)}"`,
        `  line [${c.points.map((p) => num(p.value / divisor)).join(', ')}]`,
        '```',
    ].join('\n');
}
/** The values behind the charts, one column per series, one row per base-branch run and this run. */
function valuesTable(charted) {
    const runs = new Map();
    for (const c of charted)
        for (const p of c.points) {
            const key = p.run === undefined ? 'current' : String(p.run);
            runs.set(key, { order: p.run ?? Number.MAX_SAFE_INTEGER, label: label(p) });
        }
    const keys = [...runs.entries()].sort((a, b) => a[1].order - b[1].order);
    const scales = charted.map((c) => (0,units/* scaleOf */._K)(c.series.unit, c.points.map((p) => p.value)));
    const header = [
        'Run',
        ...charted.map((c, i) => `${(0,markdown/* code */.aY)(c.series.name, { max: 60 })} (${(0,markdown/* cell */.Hn)(scales[i].label || c.series.metric)})`),
    ];
    const rows = keys.map(([key, r]) => [
        r.order === Number.MAX_SAFE_INTEGER ? '**this run**' : `\`${r.label}\``,
        ...charted.map((c, i) => {
            const p = c.points.find((x) => (x.run === undefined ? 'current' : String(x.run)) === key);
            return p ? num(p.value / scales[i].divisor) : '—';
        }),
    ]);
    return (0,markdown/* table */.tp)(header, ['l', ...charted.map(() => 'r')], rows);
}
/** Charts for the series that have at least two points, then their values as a table. */
function historyCharts(charted) {
    const drawn = charted.filter((c) => c.points.length >= 2);
    if (drawn.length === 0)
        return '';
    return [...drawn.map(chart), valuesTable(drawn)].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/format.ts

/** 10000 → "10,000", without the locale-dependent toLocaleString. */
function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function plural(n, one, many = `${one}s`) {
    return `${thousands(n)} ${n === 1 ? one : many}`;
}
function finite(x) {
    return x !== undefined && Number.isFinite(x);
}
/**
 * "1.23 → 1.61 ms": both sides on one scale, the unit once; "—" for a side that is missing. Non-breaking
 * spaces keep a value and its unit on one line in a narrow column.
 */
function valuePair(s) {
    const fmt = (0,units/* scaleFor */.E1)(s.unit, [s.baseline, s.current].filter(finite));
    const side = (v) => (finite(v) ? fmt(v) : '—');
    const a = side(s.baseline);
    const b = side(s.current);
    const sp = a.indexOf(' ');
    const unitA = sp > 0 ? a.slice(sp) : '';
    const text = unitA && b.endsWith(unitA) && a !== '—' ? `${a.slice(0, sp)} → ${b}` : `${a} → ${b}`;
    return text.replace(/ (?=\S+$)/, '\u00a0');
}
/** One value in human units, "—" when missing. */
function value(v, unit) {
    return finite(v) ? (0,units/* formatValue */.Fl)(v, unit) : '—';
}
/** "+30.9%"; a change from zero is "from 0". */
function change(c) {
    if (c === undefined || Number.isNaN(c))
        return '—';
    if (!Number.isFinite(c))
        return 'from 0';
    return (0,units/* formatPercent */.l9)(c);
}
/** "+25.1% … +36.8%". */
function interval(ci) {
    if (!ci || !ci.every(Number.isFinite))
        return '—';
    return `${(0,units/* formatPercent */.l9)(ci[0])} … ${(0,units/* formatPercent */.l9)(ci[1])}`;
}
/** The verdict as one symbol, for the first column. */
function icon(s) {
    if (s.verdict === 'fail')
        return '❌';
    if (s.verdict === 'warn')
        return '⚠️';
    switch (s.status) {
        case 'improvement':
            return '🚀';
        case 'new':
            return '🆕';
        case 'missing':
            return '➖';
        case 'ignored':
            return '💤';
        case 'regression':
        case 'unchanged':
            return '✅';
    }
}
/** The verdict as a badge: "❌ fail (critical)", "⚠️ warn", "🚀 better", "✅ pass", "🆕 new". */
function badge(s) {
    const sev = s.severity ? ` (${s.severity})` : '';
    if (s.verdict === 'fail')
        return `❌ fail${sev}`;
    if (s.verdict === 'warn')
        return `⚠️ warn${sev}`;
    switch (s.status) {
        case 'improvement':
            return '🚀 better';
        case 'new':
            return '🆕 no baseline';
        case 'missing':
            return '➖ missing';
        case 'ignored':
            return '💤 ignored';
        case 'regression':
        case 'unchanged':
            return '✅ pass';
    }
}
/** Percent for thresholds and settings: 0.05 → "5%", 0.125 → "12.5%". */
function percent(x) {
    return `${+(x * 100).toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts

const BLOCKS = '▁▂▃▄▅▆▇█';
/**
 * "▁▂▁▃▁█": each value as one of eight blocks between the smallest and largest value. A flat series is a
 * flat line; non-finite values are skipped.
 */
function sparkline(values) {
    const v = values.filter(Number.isFinite);
    if (v.length === 0)
        return '';
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of v) {
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    if (hi === lo)
        return BLOCKS[3].repeat(v.length);
    return v.map((x) => BLOCKS[Math.min(7, Math.floor(((x - lo) / (hi - lo)) * 8))]).join('');
}
/**
 * The headline values of a series over the newest `points - 1` base-branch runs, then this run's value:
 * what the trend sparkline and the summary's chart show.
 */
function trendIndex(history, points = 20) {
    const past = new Map();
    for (const [i, run] of (history?.runs ?? []).entries()) {
        for (const s of run.series) {
            if (!Number.isFinite(s.value))
                continue;
            const id = (0,model/* seriesId */.hG)(s);
            const list = past.get(id) ?? [];
            list.push({ commit: run.commit, run: i, value: s.value });
            past.set(id, list);
        }
    }
    return (id, current) => {
        const list = past.get((0,model/* seriesId */.hG)(id)) ?? [];
        const keep = current === undefined ? points : points - 1;
        const out = list.slice(Math.max(0, list.length - keep));
        if (current !== undefined && Number.isFinite(current))
            out.push({ value: current });
        return out;
    };
}

;// CONCATENATED MODULE: ./src/report/ab.ts



/** Regressions whose rounds are drawn (the table above lists them all). */
const MAX_SPARKLINES = 10;
function minutes(ms) {
    const s = ms / 1000;
    return s < 90 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${(s / 60).toFixed(1)} min`;
}
/** "A/B, same runner, 20 interleaved rounds (confirmed with 10 more); base 1.2 min, head 1.3 min". */
function abModeText(v) {
    const ab = v.ab;
    if (!ab)
        return `A/B, same runner, ${plural(v.baselineRuns, 'paired round')}`;
    const confirmed = ab.confirmRounds ? ` (confirmed with ${ab.confirmRounds} more)` : '';
    const budget = ab.stoppedByBudget ? ', stopped early by the time budget' : '';
    return `A/B, same runner, ${plural(ab.rounds, 'interleaved round')}${confirmed}${budget}; time base ${minutes(ab.ms.base)}, head ${minutes(ab.ms.head)}`;
}
/** "#### Per-round changes" with one sparkline per regressed series, or nothing. */
function abRoundsSection(v, level) {
    const regressed = v.series.filter((s) => s.status === 'regression' && !!s.rounds?.length);
    if (!regressed.length)
        return [];
    const out = [`${level} Per-round changes (head vs base, each round back to back)`, ''];
    for (const s of regressed.slice(0, MAX_SPARKLINES)) {
        let lo = Infinity;
        let hi = -Infinity;
        for (const r of s.rounds) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        out.push(`- ${(0,markdown/* code */.aY)(s.name, { table: false })} ${(0,markdown/* code */.aY)(sparkline(s.rounds), { table: false })} ${change(lo)} … ${change(hi)}`);
    }
    if (regressed.length > MAX_SPARKLINES)
        out.push(`- …and ${plural(regressed.length - MAX_SPARKLINES, 'more regression')}, in the JSON report.`);
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ./src/report/render.ts








/** GitHub refuses a comment body longer than this many characters. */
const COMMENT_LIMIT = 65536;
/** The runner drops a step summary larger than 1 MiB; it counts bytes (UTF-8), so this does too. */
const SUMMARY_LIMIT = 1024 * 1024;
/** How many notes a document lists; the rest are counted (they are all in the JSON report). */
const MAX_NOTES = 20;
/** How many regressions get a chart in the summary. */
const MAX_CHARTS = 3;
function marker(key) {
    return `<!-- benchgate:${(0,markdown/* markerKey */.s8)(key)} -->`;
}
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
function sumCounts(list) {
    const out = (0,analyze_verdicts/* emptyCounts */.W1)();
    for (const c of list)
        for (const k of Object.keys(out))
            out[k] += c[k];
    return out;
}
/** "2 regressions (1 critical), 3 improvements, 120 unchanged, 4 without a baseline". */
function countsText(c) {
    const parts = [];
    if (c.regressions)
        parts.push(`${plural(c.regressions, 'regression')}${c.critical ? ` (${thousands(c.critical)} critical)` : ''}`);
    if (c.improvements)
        parts.push(plural(c.improvements, 'improvement'));
    if (c.unchanged)
        parts.push(`${thousands(c.unchanged)} unchanged`);
    if (c.new)
        parts.push(`${thousands(c.new)} without a baseline`);
    if (c.missing)
        parts.push(`${thousands(c.missing)} missing`);
    if (c.ignored)
        parts.push(`${thousands(c.ignored)} ignored`);
    return parts.length ? parts.join(', ') : 'no benchmark results';
}
/** The one-line verdict: `benchgate ▸ FAIL — 2 regressions (1 critical), 3 improvements, 120 unchanged`. */
function headline(v) {
    const list = Array.isArray(v) ? v : [v];
    const verdict = (0,analyze_verdicts/* worstOutcome */.Om)(list.map((x) => x.verdict));
    const suites = list.length > 1 ? `${list.length} suites: ` : '';
    return `benchgate ▸ ${verdict.toUpperCase()} — ${suites}${countsText(sumCounts(list.map((x) => x.counts)))}`;
}
function groupOf(s) {
    if (s.status === 'regression' || s.verdict !== 'pass')
        return 'regression';
    if (s.status === 'improvement')
        return 'improvement';
    return 'other';
}
// Few, narrow columns: GitHub shows comments about 880 pixels wide and scrolls wider tables sideways.
// The verdict, its reason, the interval and p sit in small print under the name and the change.
const HEAD = {
    regression: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Trend'],
        align: ['c', 'l', 'r', 'r', 'l'],
    },
    improvement: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change'],
        align: ['c', 'l', 'r', 'r'],
    },
    other: {
        header: ['', 'Benchmark', 'Baseline → Current', 'Change', 'Why'],
        align: ['c', 'l', 'r', 'r', 'l'],
    },
};
/**
 * The interval's confidence level in the change column's header: "Change (95% CI, p)". Regressions
 * may show the fail bound instead, labelled with its own level in the cell ("≥ +22.6% at 99.9%").
 */
function headerFor(group, confidence) {
    const what = group === 'regression' ? `${(0,units/* formatLevel */.eI)(confidence)} CI or bound` : `${(0,units/* formatLevel */.eI)(confidence)} CI`;
    return HEAD[group].header.map((h) => h === 'Change' && group !== 'other' ? `Change <sub>(${what}, p)</sub>` : h);
}
/** The verdict in one word, with the severity: "fail (critical)", "warn". */
function verdictWord(s) {
    return `**${s.verdict}**${s.severity ? ` (${s.severity})` : ''}`;
}
function reasonText(s) {
    const limit = s.limit ? ` (limit: ${s.limit.kind} ${value(s.limit.value, s.unit)})` : '';
    return `${s.reason}${limit}`;
}
function noteText(w) {
    return `${w.message}${w.hint ? ` ${w.hint}` : ''}`;
}
/** What the comparison could not resolve, as sentences: notes about the suite as a whole. */
function resolutionNotes(v) {
    // A global shift is analyze's warning (rendered with the other warnings), never said twice.
    const out = [];
    const unresolved = v.series.filter((s) => s.resolvable !== undefined && Number.isFinite(s.resolvable) && s.resolvable > v.settings.warnThreshold);
    // analyze may already have said it as a warning; one note is enough.
    const said = [...v.warnings, ...v.series.flatMap((s) => s.warnings)].some((w) => w.kind === 'unresolvable');
    if (unresolved.length && !said) {
        const worstRes = unresolved.reduce((m, s) => Math.max(m, s.resolvable), -Infinity);
        out.push(`${plural(unresolved.length, 'series', 'series')} could not resolve a change as small as the warn threshold (${percent(v.settings.warnThreshold)}); the least sensitive only changes above ${percent(worstRes)}. More samples (or same-job mode) make smaller changes visible.`);
    }
    return out;
}
function collectNotes(v) {
    const index = new Map();
    const list = [];
    const add = (text) => {
        let n = index.get(text);
        if (n === undefined) {
            list.push(text);
            n = list.length;
            index.set(text, n);
        }
        return n;
    };
    for (const w of v.warnings)
        add(noteText(w));
    for (const t of resolutionNotes(v))
        add(t);
    const bySeries = new Map();
    for (const s of v.series) {
        if (!s.warnings.length)
            continue;
        bySeries.set(s, [...new Set(s.warnings.map((w) => add(noteText(w))))]);
    }
    return { list, marks: (s) => bySeries.get(s) ?? [] };
}
// ─── footer ──────────────────────────────────────────────────────────────────────────────────────────
function range(values) {
    if (!values.length)
        return undefined;
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of values) {
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    return lo === hi ? thousands(lo) : `${thousands(lo)}–${thousands(hi)}`;
}
function runnerText(r) {
    if (!r)
        return undefined;
    return [`${r.os}/${r.arch}`, r.cpu, r.cores ? plural(r.cores, 'core') : undefined]
        .filter((x) => Boolean(x))
        .map(markdown/* cell */.Hn)
        .join(', ');
}
function modeText(v, base) {
    const of = base ? ` of ${(0,markdown/* code */.aY)(base, { table: false })}` : '';
    switch (v.mode) {
        case 'ab':
            return abModeText(v);
        case 'same-job':
            return 'same-job: the base commit, benchmarked in this job';
        case 'history':
            return `history: ${plural(v.baselineRuns, 'run')}${of}`;
        case 'threshold':
            return `threshold only: ${plural(v.baselineRuns, 'run')}${of}, too little data for statistics`;
        case 'none':
            return 'no baseline yet';
    }
}
function footer(r, ctx, kind) {
    const v = r.verdict;
    const parts = [`mode ${modeText(v, ctx.baseBranch)}`];
    if (v.baselineCommit) {
        const short = v.baselineCommit.replace(/[^0-9A-Za-z]/g, '').slice(0, 7);
        const safe = /^[0-9a-f]{7,64}$/i.test(v.baselineCommit);
        parts.push(`baseline ${ctx.commitUrl && safe ? `[\`${short}\`](${ctx.commitUrl(v.baselineCommit)})` : `\`${short || '?'}\``}`);
    }
    const cur = range(v.series.flatMap((s) => (s.n ? [s.n.current] : [])));
    const base = range(v.series.flatMap((s) => (s.n ? [s.n.baseline] : [])));
    if (cur)
        parts.push(`samples ${cur} per series${base ? ` (baseline ${base})` : ''}`);
    parts.push(`${(0,units/* formatLevel */.eI)(v.settings.confidence)} confidence, ${thousands(v.settings.resamples)} resamples, FDR ${percent(v.settings.fdrQ)}`);
    parts.push(`warn ≥ ${percent(v.settings.warnThreshold)}, fail ≥ ${percent(v.settings.failThreshold)}`);
    const runner = runnerText(r.runner);
    if (runner)
        parts.push(`runner ${runner}`);
    if (kind === 'comment' && ctx.runUrl)
        parts.push(`[full report](${ctx.runUrl})`);
    const charts = (0,dashboard_links/* dashboardLinks */.y2)(v, ctx.dashboardUrl);
    if (charts)
        parts.push(charts);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** Rows, grouped but not yet drawn: a row's line is drawn on first use (most are left out of huge suites). */
function prepare(reports) {
    const rows = [];
    const notes = reports.map((r) => collectNotes(r.verdict));
    const trends = reports.map((r) => trendIndex(r.history));
    reports.forEach((r, si) => {
        for (const s of r.verdict.series)
            rows.push({ id: rows.length, suite: si, group: groupOf(s), s });
    });
    return { reports, rows, notes, trends, footers: new Map() };
}
/** One row's table line, drawn once. */
function lineOf(p, row) {
    if (row.line !== undefined)
        return row.line;
    const { s, suite: si, group } = row;
    const marks = p.notes[si].marks(s).filter((n) => n <= MAX_NOTES);
    const why = `${(0,markdown/* prose */.CS)(reasonText(s))}${marks.length ? ` ${marks.map(markdown/* superscript */.Lm).join(' ')}` : ''}`;
    const name = `${(0,markdown/* code */.aY)(s.name)} · ${(0,markdown/* cell */.Hn)(s.metric)}`;
    // Non-breaking spaces keep "+2.1% … +8.4%" and "p < 0.001" whole; a line break separates them.
    // A row whose sentence is about the fail bound shows that bound at its level, not the interval.
    const range = s.bound && Number.isFinite(s.bound.change)
        ? `≥ ${change(s.bound.change)} at ${(0,units/* formatLevel */.eI)(s.bound.confidence)}`
        : s.ci
            ? interval(s.ci)
            : '';
    const stats = [range, s.p !== undefined ? (0,units/* formatPValue */.td)(s.p) : '']
        .filter((x) => x && x !== '—')
        .map((x) => x.replace(/ /g, '\u00a0'))
        .join('<br>');
    const delta = `**${change(s.change)}**${stats ? `<br><sub>${stats}</sub>` : ''}`;
    let cells;
    if (group === 'regression') {
        const trend = sparkline(p.trends[si](s, s.current).map((x) => x.value));
        cells = [
            icon(s),
            `${name}<br><sub>${verdictWord(s)}: ${why}</sub>`,
            (0,markdown/* cell */.Hn)(valuePair(s)),
            delta,
            trend.length >= 2 ? trend : '—',
        ];
    }
    else if (group === 'improvement') {
        cells = [icon(s), `${name}<br><sub>${why}</sub>`, (0,markdown/* cell */.Hn)(valuePair(s)), delta];
    }
    else {
        cells = [icon(s), name, (0,markdown/* cell */.Hn)(valuePair(s)), change(s.change), why];
    }
    row.line = (0,markdown/* tableRow */.jD)(cells);
    return row.line;
}
function otherSummary(c, shown, total) {
    const parts = [];
    if (c.unchanged)
        parts.push(`${thousands(c.unchanged)} unchanged`);
    if (c.new)
        parts.push(`${thousands(c.new)} without a baseline`);
    if (c.missing)
        parts.push(`${thousands(c.missing)} missing`);
    if (c.ignored)
        parts.push(`${thousands(c.ignored)} ignored`);
    const extra = total - (c.unchanged + c.new + c.missing + c.ignored);
    if (extra > 0)
        parts.push(`${thousands(extra)} other`);
    const hidden = shown < total ? ` (${thousands(shown)} shown)` : '';
    return `${plural(total, 'other series', 'other series')}: ${parts.join(', ')}${hidden}`;
}
function leftOutNote(left, kind, ctx, totalRows) {
    const what = [
        left.byGroup.other ? `${thousands(left.byGroup.other)} unchanged or without a verdict` : '',
        left.byGroup.improvement ? plural(left.byGroup.improvement, 'improvement') : '',
        left.byGroup.regression ? plural(left.byGroup.regression, 'regression') : '',
    ].filter(Boolean);
    const limit = kind === 'comment'
        ? "GitHub's 65,536-character limit for comments"
        : "GitHub's 1 MiB limit for job summaries";
    const where = [];
    if (kind === 'comment')
        where.push(ctx.runUrl ? `the [job summary](${ctx.runUrl})` : 'the job summary');
    where.push(ctx.artifact
        ? `the JSON report (artifact ${(0,markdown/* code */.aY)(ctx.artifact, { table: false })}, and the \`report-json\` output)`
        : 'the JSON report (the `report-json` output)');
    return `> [!NOTE]\n> ${thousands(left.total)} of ${thousands(totalRows)} rows are left out to stay within ${limit}: ${what.join(', ')}. Every series is in ${where.join(' and in ')}.`;
}
function renderSuite(p, si, kind, ctx, keep, combined, line) {
    const r = p.reports[si];
    const v = r.verdict;
    const out = [];
    const level = '####';
    if (combined)
        out.push(`### ${VERDICT_ICON[v.verdict]} ${(0,markdown/* code */.aY)(v.suite, { table: false })} — ${v.verdict.toUpperCase()}: ${countsText(v.counts)}`, '');
    const rows = p.rows.filter((x) => x.suite === si);
    const shown = (g) => rows.filter((x) => x.group === g && keep(x));
    const conf = v.settings.confidence;
    const regressions = shown('regression');
    if (regressions.length) {
        out.push(`${level} Regressions`, '', (0,markdown/* tableHead */.PP)(headerFor('regression', conf), HEAD.regression.align));
        for (const x of regressions)
            out.push(line(x));
        out.push('');
    }
    const improvements = shown('improvement');
    if (improvements.length) {
        out.push(`${level} Improvements`, '', (0,markdown/* tableHead */.PP)(headerFor('improvement', conf), HEAD.improvement.align));
        for (const x of improvements)
            out.push(line(x));
        out.push('');
    }
    if (kind === 'summary' && regressions.length) {
        const charted = regressions
            .slice(0, MAX_CHARTS)
            .map((x) => ({ series: x.s, points: p.trends[si](x.s, x.s.current) }));
        const charts = historyCharts(charted);
        if (charts)
            out.push(`${level} History of the top regressions`, '', charts, '');
    }
    out.push(...abRoundsSection(v, level));
    const others = shown('other');
    const otherTotal = rows.filter((x) => x.group === 'other').length;
    if (others.length) {
        const body = [(0,markdown/* tableHead */.PP)(headerFor('other', conf), HEAD.other.align), ...others.map(line)].join('\n');
        out.push((0,markdown/* details */.zH)(otherSummary(v.counts, others.length, otherTotal), body, kind === 'summary'), '');
    }
    if (!v.series.length)
        out.push('No benchmark results.', '');
    const notes = p.notes[si].list;
    if (notes.length) {
        out.push(`${level} Notes`, '');
        notes.slice(0, MAX_NOTES).forEach((n, i) => out.push(`${i + 1}. ${(0,markdown/* prose */.CS)(n)}`));
        if (notes.length > MAX_NOTES)
            out.push('', `…and ${plural(notes.length - MAX_NOTES, 'more note')}, in the JSON report.`);
        out.push('');
    }
    let foot = p.footers.get(si);
    if (foot === undefined) {
        foot = footer(r, ctx, kind);
        p.footers.set(si, foot);
    }
    out.push(foot);
    return out.join('\n');
}
function compose(p, kind, ctx, keep, left, line = (row) => lineOf(p, row)) {
    const verdicts = p.reports.map((r) => r.verdict);
    const combined = p.reports.length > 1;
    const key = ctx.key ?? verdicts[0]?.suite ?? 'default';
    const verdict = (0,analyze_verdicts/* worstOutcome */.Om)(verdicts.map((v) => v.verdict));
    const out = [];
    if (kind === 'comment')
        out.push(marker(key));
    out.push(`### ${VERDICT_ICON[verdict]} ${headline(verdicts)}`, '');
    if (left)
        out.push(leftOutNote(left, kind, ctx, p.rows.length), '');
    p.reports.forEach((_, si) => {
        out.push(renderSuite(p, si, kind, ctx, keep, combined, line));
        out.push('');
    });
    return `${out.join('\n').trimEnd()}\n`;
}
// ─── fitting ─────────────────────────────────────────────────────────────────────────────────────────
/** UTF-8 length without allocating the encoded bytes. */
function utf8Length(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/** Comments are limited in characters (UTF-16 length is never less), summaries in bytes. */
function measure(kind, text) {
    return kind === 'comment' ? text.length : utf8Length(text);
}
const GROUP_DROP = { other: 0, improvement: 1, regression: 2 };
const OTHER_DROP = { ignored: 0, unchanged: 1, missing: 2, new: 3 };
const VERDICT_DROP = { pass: 0, warn: 1, fail: 2 };
const SEVERITY_DROP = { none: 0, minor: 1, moderate: 2, critical: 3 };
function size(c) {
    return c === undefined || Number.isNaN(c) ? 0 : Math.abs(c);
}
/** Least important first: the order rows are left out in. */
function dropOrder(a, b) {
    return (GROUP_DROP[a.group] - GROUP_DROP[b.group] ||
        (a.group === 'other' ? (OTHER_DROP[a.s.status] ?? 1) - (OTHER_DROP[b.s.status] ?? 1) : 0) ||
        (a.group === 'regression'
            ? VERDICT_DROP[a.s.verdict] - VERDICT_DROP[b.s.verdict] ||
                SEVERITY_DROP[a.s.severity ?? 'none'] - SEVERITY_DROP[b.s.severity ?? 'none']
            : 0) ||
        size(a.s.change) - size(b.s.change) ||
        b.id - a.id);
}
function render(reports, kind, ctx) {
    const limit = ctx.limit ?? (kind === 'comment' ? COMMENT_LIMIT : SUMMARY_LIMIT);
    const p = prepare(reports);
    // Everything but the rows, measured once: each row adds its line and a newline to it.
    const frame = measure(kind, compose(p, kind, ctx, () => true, undefined, () => '')) - p.rows.length;
    const cost = (row) => measure(kind, lineOf(p, row)) + 1;
    // Most important first, the reverse of the order rows are left out in. Rows are drawn in this order
    // and only while they could still fit, so a huge suite draws about a limit's worth of rows.
    const order = [...p.rows].sort((a, b) => dropOrder(b, a));
    const room = limit - 2048 - frame;
    let kept = 0;
    let used = 0;
    let fits = true;
    for (const row of order) {
        used += cost(row);
        if (used <= room)
            kept++;
        if (frame + used > limit) {
            fits = false;
            break;
        }
    }
    if (fits) {
        const all = compose(p, kind, ctx, () => true, undefined);
        if (measure(kind, all) <= limit)
            return { text: all, leftOut: 0 };
    }
    // Left out: every row after the first `kept` (the least important), the same rows as leaving rows out
    // until the full document's excess plus room for the note is saved, without drawing them. If the note
    // still does not fit, leave out more, a few rounds at most, since every row's cost is known.
    order.reverse();
    const dropped = new Set();
    let next = 0;
    for (; next < order.length - kept; next++)
        dropped.add(order[next].id);
    let target = 0;
    for (let round = 0; round < 50; round++) {
        let saved = 0;
        while (saved < target && next < order.length) {
            const row = order[next++];
            dropped.add(row.id);
            saved += cost(row);
        }
        const left = { total: dropped.size, byGroup: { regression: 0, improvement: 0, other: 0 } };
        for (const id of dropped)
            left.byGroup[p.rows[id].group]++;
        const doc = compose(p, kind, ctx, (row) => !dropped.has(row.id), left);
        const total = measure(kind, doc);
        if (total <= limit)
            return { text: doc, leftOut: dropped.size };
        if (next >= order.length)
            return { text: hardCut(doc, kind, limit), leftOut: dropped.size };
        target = total - limit + 2048;
    }
    return {
        text: hardCut(compose(p, kind, ctx, () => true, undefined), kind, limit),
        leftOut: p.rows.length,
    };
}
/** Last resort, when even the document without rows is too big (thousands of notes): cut it visibly. */
function hardCut(doc, kind, limit) {
    const note = '\n\n…(cut to fit the size limit; the JSON report has everything)\n';
    let end = Math.max(0, limit - measure(kind, note) - 8);
    let cut = doc.slice(0, end);
    while (measure(kind, cut) > limit - measure(kind, note) && end > 0) {
        end -= 1024;
        cut = doc.slice(0, Math.max(0, end));
    }
    return `${cut}${note}`;
}
const SUITE_ORDER = { fail: 0, warn: 1, pass: 2 };
function normalize(input, ctx) {
    // Several suites: failing ones first, as regressions come first within a suite.
    if (Array.isArray(input))
        return input
            .map((r, i) => ({ r, i }))
            .sort((a, b) => SUITE_ORDER[a.r.verdict.verdict] - SUITE_ORDER[b.r.verdict.verdict] || a.i - b.i)
            .map((x) => x.r);
    if ('verdict' in input && typeof input.verdict === 'object')
        return [{ history: ctx.history, runner: ctx.runner, ...input }];
    return [{ verdict: input, history: ctx.history, runner: ctx.runner }];
}
/** A comment or a summary, and how many rows it had to leave out. */
function renderDocument(input, kind, ctx = {}) {
    return render(normalize(input, ctx), kind, ctx);
}
/** The PR comment: marker first, at most 65,536 characters. */
function render_renderComment(input, ctx = {}) {
    return render(normalize(input, ctx), 'comment', ctx).text;
}
/** The job summary: the comment's content plus the history chart and every series, at most 1 MiB. */
function renderSummary(input, ctx = {}) {
    return render(normalize(input, ctx), 'summary', ctx).text;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** JSON has no Infinity or NaN: such numbers become null. */
function json_num(x) {
    return x !== undefined && Number.isFinite(x) ? x : null;
}
function warningsOf(list) {
    return list.map((w) => ({ kind: w.kind, message: w.message, ...(w.hint ? { hint: w.hint } : {}) }));
}
/** Fields are copied one by one, so a field analyze adds later never leaks past the schema unnoticed. */
function renderJson(v) {
    return {
        schemaVersion: 1,
        suite: v.suite,
        verdict: v.verdict,
        mode: v.mode,
        counts: { ...v.counts },
        settings: {
            warnThreshold: v.settings.warnThreshold,
            failThreshold: v.settings.failThreshold,
            confidence: v.settings.confidence,
            resamples: v.settings.resamples,
            fdrQ: v.settings.fdrQ,
            minSamples: v.settings.minSamples,
        },
        ...(v.baselineCommit ? { baselineCommit: v.baselineCommit } : {}),
        baselineRuns: v.baselineRuns,
        ...(v.globalShift && Number.isFinite(v.globalShift.change)
            ? { globalShift: { change: v.globalShift.change } }
            : {}),
        warnings: warningsOf(v.warnings),
        series: v.series.map((s) => {
            const ci = s.ci && s.ci.every(Number.isFinite) ? [s.ci[0], s.ci[1]] : undefined;
            const out = {
                name: s.name,
                metric: s.metric,
                unit: s.unit,
                direction: s.direction,
                status: s.status,
                mode: s.mode,
                baseline: json_num(s.baseline),
                current: json_num(s.current),
                change: json_num(s.change),
                ...(ci ? { ci } : {}),
                ...(s.p !== undefined && Number.isFinite(s.p) ? { p: s.p } : {}),
                ...(s.pAdjusted !== undefined && Number.isFinite(s.pAdjusted) ? { pAdjusted: s.pAdjusted } : {}),
                ...(s.method ? { method: s.method } : {}),
                ...(s.bound && Number.isFinite(s.bound.change)
                    ? { bound: { confidence: s.bound.confidence, change: s.bound.change } }
                    : {}),
                ...(s.segment
                    ? { segment: { runs: s.segment.runs, ...(s.segment.since ? { since: s.segment.since } : {}) } }
                    : {}),
                verdict: s.verdict,
                ...(s.severity ? { severity: s.severity } : {}),
                reason: s.reason,
                ...(s.resolvable !== undefined && Number.isFinite(s.resolvable) ? { resolvable: s.resolvable } : {}),
                ...(s.n ? { n: { baseline: s.n.baseline, current: s.n.current } } : {}),
                ...(s.limit ? { limit: { kind: s.limit.kind, value: s.limit.value } } : {}),
                ...(s.warnings.length ? { warnings: warningsOf(s.warnings) } : {}),
            };
            return out;
        }),
    };
}

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The JSON report's schema: the source of truth for schema/report.schema.json (a test keeps the two
 * equal). The CLI's `--json` output and the action's `report-json` file follow it (DESIGN.md §7).
 */
const outcome = { type: 'string', enum: ['pass', 'warn', 'fail'] };
const mode = { type: 'string', enum: ['ab', 'same-job', 'history', 'threshold', 'none'] };
const nullableNumber = { type: ['number', 'null'] };
const warning = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'message'],
    properties: {
        kind: { type: 'string' },
        message: { type: 'string' },
        hint: { type: 'string' },
    },
};
const count = { type: 'integer', minimum: 0 };
const REPORT_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/benchgate/benchgate/main/schema/report.schema.json',
    title: 'benchgate report',
    description: 'The verdict of one benchmark suite: what the PR comment shows, as data. Changes are relative and signed so that positive is worse (0.1 = 10% worse), whichever way the metric points.',
    type: 'object',
    additionalProperties: false,
    required: [
        'schemaVersion',
        'suite',
        'verdict',
        'mode',
        'counts',
        'settings',
        'baselineRuns',
        'warnings',
        'series',
    ],
    properties: {
        schemaVersion: { const: 1 },
        suite: { type: 'string' },
        verdict: outcome,
        mode,
        counts: {
            type: 'object',
            additionalProperties: false,
            required: [
                'regressions',
                'improvements',
                'unchanged',
                'new',
                'missing',
                'ignored',
                'failed',
                'warned',
                'critical',
            ],
            properties: {
                regressions: count,
                improvements: count,
                unchanged: count,
                new: count,
                missing: count,
                ignored: count,
                failed: count,
                warned: count,
                critical: count,
            },
        },
        settings: {
            type: 'object',
            additionalProperties: false,
            required: ['warnThreshold', 'failThreshold', 'confidence', 'resamples', 'fdrQ', 'minSamples'],
            properties: {
                warnThreshold: { type: 'number' },
                failThreshold: { type: 'number' },
                confidence: { type: 'number' },
                resamples: { type: 'integer' },
                fdrQ: { type: 'number' },
                minSamples: { type: 'integer' },
            },
        },
        baselineCommit: { type: 'string' },
        baselineRuns: count,
        globalShift: {
            type: 'object',
            additionalProperties: false,
            required: ['change'],
            properties: { change: { type: 'number' } },
        },
        warnings: { type: 'array', items: warning },
        series: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: [
                    'name',
                    'metric',
                    'unit',
                    'direction',
                    'status',
                    'mode',
                    'baseline',
                    'current',
                    'change',
                    'verdict',
                    'reason',
                ],
                properties: {
                    name: { type: 'string' },
                    metric: { type: 'string' },
                    unit: { type: 'string' },
                    direction: { type: 'string', enum: ['smaller', 'bigger'] },
                    status: {
                        type: 'string',
                        enum: ['regression', 'improvement', 'unchanged', 'new', 'missing', 'ignored'],
                    },
                    mode,
                    baseline: { ...nullableNumber, description: 'Headline of the baseline, in `unit`.' },
                    current: { ...nullableNumber, description: 'Headline of this run, in `unit`.' },
                    change: {
                        ...nullableNumber,
                        description: 'Relative change of the headline, positive = worse; null when it has none (or from 0).',
                    },
                    ci: {
                        type: 'array',
                        items: { type: 'number' },
                        minItems: 2,
                        maxItems: 2,
                        description: 'Confidence interval of `change`, same orientation.',
                    },
                    p: {
                        type: 'number',
                        minimum: 0,
                        maximum: 1,
                        description: 'One-sided p-value in the direction of the change.',
                    },
                    pAdjusted: {
                        type: 'number',
                        minimum: 0,
                        maximum: 1,
                        description: 'Benjamini–Hochberg adjusted p-value across the suite.',
                    },
                    method: {
                        type: 'string',
                        enum: [
                            'bootstrap',
                            'paired',
                            'history',
                            'history-two-sample',
                            'one-run',
                            'replicates',
                            'exact',
                            'threshold',
                        ],
                    },
                    bound: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['confidence', 'change'],
                        properties: { confidence: { type: 'number' }, change: { type: 'number' } },
                        description: 'The one-sided confidence bound of the change a fail is decided on.',
                    },
                    segment: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['runs'],
                        properties: { runs: count, since: { type: 'string' } },
                        description: 'History mode: base-branch runs since the last change point.',
                    },
                    verdict: outcome,
                    severity: { type: 'string', enum: ['minor', 'moderate', 'critical'] },
                    reason: { type: 'string' },
                    resolvable: {
                        type: 'number',
                        description: 'The smallest relative change this comparison could resolve.',
                    },
                    n: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['baseline', 'current'],
                        properties: { baseline: count, current: count },
                    },
                    limit: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['kind', 'value'],
                        properties: { kind: { type: 'string', enum: ['max', 'min'] }, value: { type: 'number' } },
                    },
                    warnings: { type: 'array', items: warning },
                },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/report/index.ts




/** The comment's Markdown (what the CLI prints). */
function renderMarkdown(v, ctx = {}) {
    return renderComment(v, ctx);
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/identity.ts
/** The author of everything the GITHUB_TOKEN writes. */
const ACTIONS_BOT = 'github-actions[bot]';
const known = new WeakMap();
/** The login the client's token acts as (asked once per client). */
function tokenLogin(gh) {
    let login = known.get(gh);
    if (!login) {
        login = gh
            .graphql('query { viewer { login } }')
            .then((r) => (typeof r.viewer?.login === 'string' && r.viewer.login ? r.viewer.login : ACTIONS_BOT))
            .catch(() => ACTIONS_BOT);
        known.set(gh, login);
    }
    return login;
}
/** Was this written by `login`? A bot's login may come back from GraphQL with or without "[bot]". */
function authoredBy(user, login) {
    if (!user?.login)
        return false;
    if (user.login === login)
        return true;
    return user.type === 'Bot' && user.login === `${login.replace(/\[bot\]$/, '')}[bot]`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts


async function findComment(gh, t, marker) {
    const iterator = gh.paginate.iterator(gh.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    });
    // Who the token is, asked only once a comment with the marker first turns up.
    let login;
    for await (const page of iterator) {
        for (const c of page.data) {
            if (!c.body?.startsWith(marker))
                continue;
            login ??= await tokenLogin(gh);
            if (authoredBy(c.user, login))
                return { id: c.id, body: c.body, url: c.html_url };
        }
    }
    return undefined;
}
/**
 * Create or update the suite's comment. `onlyIfExistsOrChanged` implements `comment: on-change`: no new
 * comment when nothing changed, but an existing one is kept current.
 */
async function upsertComment(gh, t, marker, body, opts) {
    try {
        const existing = await findComment(gh, t, marker);
        if (existing) {
            if (existing.body === body)
                return { kind: 'updated', url: existing.url, id: existing.id };
            const r = await gh.rest.issues.updateComment({
                owner: t.owner,
                repo: t.repo,
                comment_id: existing.id,
                body,
            });
            return { kind: 'updated', url: r.data.html_url, id: r.data.id };
        }
        if (!opts.createIfAbsent)
            return { kind: 'skipped', reason: 'no change worth a new comment (comment: on-change)' };
        const r = await gh.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
        });
        return { kind: 'created', url: r.data.html_url, id: r.data.id };
    }
    catch (e) {
        const status = (0,client/* statusOf */.c2)(e);
        if (status === 403 || status === 404) {
            return {
                kind: 'refused',
                reason: `the token may not comment on this pull request (${(0,client/* apiError */.pb)(e)}); a fork's token is read-only — see the workflow_run recipe in the README`,
            };
        }
        return { kind: 'failed', reason: `could not post the PR comment (${(0,client/* apiError */.pb)(e)})` };
    }
}

;// CONCATENATED MODULE: ./src/github/check.ts

/** GitHub's limit for a check run's output.summary. */
const CHECK_SUMMARY_LIMIT = 65535;
/** GitHub's limit for a commit status description. */
const STATUS_DESCRIPTION_LIMIT = 140;
/** Cut to a limit in characters, on a line boundary where possible, saying that it was cut. */
function fitText(text, limit) {
    if (text.length <= limit)
        return text;
    const note = '\n\n…(cut to fit; the job summary has the full report)';
    const room = limit - note.length;
    const cut = text.lastIndexOf('\n', room);
    return `${text.slice(0, cut > room / 2 ? cut : room)}${note}`;
}
async function publishCheck(gh, c) {
    try {
        const r = await gh.rest.checks.create({
            owner: c.owner,
            repo: c.repo,
            name: c.name,
            head_sha: c.headSha,
            status: 'completed',
            conclusion: c.conclusion,
            ...(c.detailsUrl ? { details_url: c.detailsUrl } : {}),
            output: { title: fitText(c.title, 1000), summary: fitText(c.summary, CHECK_SUMMARY_LIMIT) },
        });
        return { kind: 'check', url: r.data.html_url ?? '' };
    }
    catch (e) {
        const status = (0,client/* statusOf */.c2)(e);
        if (status !== 403 && status !== 404)
            return { kind: 'failed', reason: `check run not created (${(0,client/* apiError */.pb)(e)})` };
        // Checks refused: a commit status carries the same verdict, with less room.
        try {
            await gh.rest.repos.createCommitStatus({
                owner: c.owner,
                repo: c.repo,
                sha: c.headSha,
                state: c.conclusion === 'failure' ? 'failure' : 'success',
                context: c.name,
                description: fitStatus(c.title),
                ...(c.detailsUrl ? { target_url: c.detailsUrl } : {}),
            });
            return { kind: 'status', reason: `check runs refused (${(0,client/* apiError */.pb)(e)}); set a commit status instead` };
        }
        catch (e2) {
            return {
                kind: 'failed',
                reason: `neither a check run (${(0,client/* apiError */.pb)(e)}) nor a commit status (${(0,client/* apiError */.pb)(e2)}) could be set; grant \`checks: write\` or \`statuses: write\``,
            };
        }
    }
}
function fitStatus(text) {
    return text.length <= STATUS_DESCRIPTION_LIMIT ? text : `${text.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}

;// CONCATENATED MODULE: ./src/github/issue.ts



/** Issues searched at most (100 per page): enough for any repository's open issues. */
const MAX_PAGES = 50;
function issueMarker(key) {
    return `<!-- benchgate-issue:${(0,markdown/* markerKey */.s8)(key)} -->`;
}
async function findOpen(gh, i) {
    const marker = issueMarker(i.key);
    // Who the token is, asked only once an issue with the marker first turns up.
    let login;
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
        owner: i.owner,
        repo: i.repo,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
    })) {
        for (const issue of page.data) {
            // Ours only: opened by this token's identity, the marker first (as syncIssue writes it).
            if (issue.pull_request || !issue.body?.startsWith(marker))
                continue;
            login ??= await tokenLogin(gh);
            if (authoredBy(issue.user, login))
                return { number: issue.number, url: issue.html_url };
        }
        if (++pages >= MAX_PAGES)
            break;
    }
    return undefined;
}
async function syncIssue(gh, i) {
    try {
        const open = await findOpen(gh, i);
        const body = `${issueMarker(i.key)}\n${i.body}`;
        if (i.failing) {
            if (open) {
                await gh.rest.issues.update({
                    owner: i.owner,
                    repo: i.repo,
                    issue_number: open.number,
                    title: i.title,
                    body,
                });
                return { kind: 'updated', ...open };
            }
            const r = await gh.rest.issues.create({
                owner: i.owner,
                repo: i.repo,
                title: i.title,
                body,
                labels: ['benchgate'],
            });
            return { kind: 'created', number: r.data.number, url: r.data.html_url };
        }
        if (!open)
            return { kind: 'none' };
        const run = i.runUrl ? ` ([run](${i.runUrl}))` : '';
        await gh.rest.issues.createComment({
            owner: i.owner,
            repo: i.repo,
            issue_number: open.number,
            body: `Passing again at ${i.sha}${run}; closing.`,
        });
        await gh.rest.issues.update({
            owner: i.owner,
            repo: i.repo,
            issue_number: open.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { kind: 'closed', ...open };
    }
    catch (e) {
        return {
            kind: 'failed',
            reason: `regression issue not updated (${(0,client/* apiError */.pb)(e)}); it needs \`issues: write\``,
        };
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts







/** GitHub shows at most 10 annotations of each level per step; more would only be dropped. */
const MAX_ANNOTATIONS = 10;
function publishWarning(message) {
    return { kind: 'publish', message };
}
function annotate(core, verdicts) {
    const failing = verdicts.flatMap((v) => v.series.filter((s) => s.verdict === 'fail'));
    const warning = verdicts.flatMap((v) => v.series.filter((s) => s.verdict === 'warn'));
    const text = (s) => `${s.name} (${s.metric}): ${s.change !== undefined && Number.isFinite(s.change) ? `${(0,units/* formatPercent */.l9)(s.change)}, ` : ''}${s.reason}`;
    for (const s of failing.slice(0, MAX_ANNOTATIONS))
        core.error(text(s), { title: `benchgate: ${s.name} regressed` });
    for (const s of warning.slice(0, MAX_ANNOTATIONS))
        core.warning(text(s), { title: `benchgate: ${s.name} may have regressed` });
    const more = Math.max(0, failing.length - MAX_ANNOTATIONS) + Math.max(0, warning.length - MAX_ANNOTATIONS);
    if (more)
        core.info(`benchgate: ${more} more regressed series are in the job summary and the JSON report`);
}
function conclusionOf(verdicts, failing) {
    if (failing)
        return 'failure';
    return verdicts.some((v) => v.verdict !== 'pass') ? 'neutral' : 'success';
}
async function publish(p) {
    const { core, config, ctx } = p;
    const out = { commentUrl: '', checkUrl: '', issueUrl: '', warnings: [] };
    // The summary needs no token and works on forks and first runs: always first.
    if (config.summary) {
        try {
            await core.summary.addRaw(p.rendered.summary, true).write();
        }
        catch (e) {
            out.warnings.push(publishWarning(`Job summary not written: ${(0,errors/* errorText */.kc)(e)}.`));
        }
    }
    annotate(core, p.verdicts);
    const repo = ctx.repository;
    const pullNumber = p.pull?.number ?? ctx.pullRequest?.number;
    const headSha = p.pull?.headSha ?? ctx.pullRequest?.headSha ?? ctx.sha;
    const wantsComment = pullNumber !== undefined && config.comment !== 'never';
    const wantsIssue = config.issueOnRegression && p.onBaseBranch;
    if (!repo || !(wantsComment || config.check || wantsIssue))
        return out;
    if (!config.token) {
        out.warnings.push(publishWarning('No github-token: no PR comment, check or issue; the job summary has the report.'));
        return out;
    }
    let gh;
    try {
        gh = await p.client();
    }
    catch (e) {
        out.warnings.push(publishWarning(`GitHub client not created: ${(0,errors/* errorText */.kc)(e)}.`));
        return out;
    }
    if (wantsComment && pullNumber !== undefined) {
        const changed = p.verdicts.some((v) => v.counts.regressions + v.counts.improvements > 0);
        const r = await upsertComment(gh, { ...repo, issueNumber: pullNumber }, marker(p.key), p.rendered.comment, {
            createIfAbsent: config.comment === 'always' || changed,
        });
        if (r.kind === 'created' || r.kind === 'updated') {
            out.commentUrl = r.url;
            core.info(`benchgate: PR comment ${r.kind}: ${r.url}`);
        }
        else if (r.kind === 'skipped')
            core.info(`benchgate: ${r.reason}`);
        else
            out.warnings.push(publishWarning(`PR comment not posted: ${r.reason}.`));
    }
    if (config.check && headSha) {
        const r = await publishCheck(gh, {
            ...repo,
            headSha,
            name: `benchgate (${p.key})`,
            conclusion: conclusionOf(p.verdicts, p.failing),
            title: headline(p.verdicts),
            summary: p.rendered.comment,
            detailsUrl: p.runUrl,
        });
        if (r.kind === 'check')
            out.checkUrl = r.url;
        else if (r.kind === 'status')
            core.info(`benchgate: ${r.reason}`);
        else
            out.warnings.push(publishWarning(`Check not set: ${r.reason}.`));
    }
    if (wantsIssue) {
        const failing = p.verdicts.some((v) => v.verdict === 'fail');
        const base = ctx.branch ?? 'the base branch';
        const r = await syncIssue(gh, {
            ...repo,
            key: p.key,
            failing,
            title: `benchgate: ${p.key} regressed on ${base}`,
            body: fitText([
                `Benchmarks of suite ${(0,markdown/* code */.aY)(p.key, { table: false })} regressed on ${(0,markdown/* code */.aY)(base, { table: false })} at ${(0,markdown/* code */.aY)(ctx.sha, { table: false })}${p.runUrl ? ` ([run](${p.runUrl}))` : ''}. This issue is updated by later runs and closed when they pass.`,
                '',
                p.rendered.comment.replace(marker(p.key), '').trim(),
            ].join('\n'), 
            // An issue body has the same 65,536-character limit as a comment; the marker goes in front.
            65000),
            sha: ctx.sha,
            runUrl: p.runUrl,
        });
        if (r.kind === 'created' || r.kind === 'updated' || r.kind === 'closed') {
            out.issueUrl = r.url;
            core.info(`benchgate: regression issue ${r.kind}: ${r.url}`);
        }
        else if (r.kind === 'failed')
            out.warnings.push(publishWarning(`${r.reason}.`));
    }
    return out;
}

// EXTERNAL MODULE: ./src/modes/shared.ts + 2 modules
var shared = __webpack_require__(50765);
;// CONCATENATED MODULE: ./src/modes/deliver.ts
/**
 * The tail every comparing mode shares: render the report, write the JSON report, publish (summary,
 * comment, annotations, check, issue), record the run, then outputs and the exit status. Publishing
 * fails soft; the exit status follows the verdict and `fail-on` only.
 */










function runUrlOf(ctx) {
    if (!ctx.repository || !ctx.runId)
        return undefined;
    return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}
function reportContext(ctx, config, key) {
    const repoUrl = ctx.repository
        ? `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}`
        : undefined;
    return {
        key,
        commitUrl: repoUrl ? (sha) => `${repoUrl}/commit/${sha}` : undefined,
        runUrl: runUrlOf(ctx),
        baseBranch: (0,model/* baseBranchOf */.vr)(ctx, config.baseBranch),
        dashboardUrl: config.dashboardUrl,
    };
}
/** Upload the JSON reports as an artifact; only done when the summary had to leave rows out. */
async function uploadReports(deps, name, files) {
    if (!deps.env.ACTIONS_RUNTIME_TOKEN || !deps.env.ACTIONS_RESULTS_URL)
        return false;
    try {
        await deps.transfer().upload(name, files);
        return true;
    }
    catch (e) {
        deps.core.info(`benchgate: the JSON report was not uploaded as ${name}: ${(0,errors/* errorText */.kc)(e)}`);
        return false;
    }
}
async function deliver(deps, config, ctx, d) {
    const { core, env } = deps;
    const verdicts = d.suites.map((s) => s.verdict);
    const rctx = reportContext(ctx, config, d.key);
    const reportDir = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const jsonFiles = verdicts.map((v) => {
        const file = external_node_path_.join(reportDir, `benchgate-${v.suite}.json`);
        external_node_fs_.writeFileSync(file, `${JSON.stringify(renderJson(v), null, 2)}\n`);
        return file;
    });
    const verdict = (0,analyze_verdicts/* worstOutcome */.Om)(verdicts.map((v) => v.verdict));
    const failing = (0,shared/* failsStep */.ug)(verdict, config.failOn);
    // Outputs first: whatever publishing meets (a slow or unanswering API), later steps get the verdict.
    core.setOutput(inputs/* OUTPUTS */.p.verdict, verdict);
    core.setOutput(inputs/* OUTPUTS */.p.regressions, verdicts.reduce((n, v) => n + v.counts.regressions, 0));
    core.setOutput(inputs/* OUTPUTS */.p.improvements, verdicts.reduce((n, v) => n + v.counts.improvements, 0));
    core.setOutput(inputs/* OUTPUTS */.p.reportJson, jsonFiles.join('\n'));
    // A summary that had to leave rows out points to the JSON report, uploaded for that purpose.
    const artifact = `benchgate-report-${d.key}`;
    let summary = renderDocument(d.suites, 'summary', { ...rctx, artifact });
    let uploaded = false;
    if (summary.leftOut > 0) {
        uploaded = await uploadReports(deps, artifact, jsonFiles);
        if (!uploaded)
            summary = renderDocument(d.suites, 'summary', rctx);
    }
    const comment = renderDocument(d.suites, 'comment', {
        ...rctx,
        artifact: uploaded ? artifact : undefined,
    }).text;
    const published = await publish({
        core,
        config,
        ctx,
        verdicts,
        key: d.key,
        rendered: { comment, summary: summary.text },
        pull: d.pull,
        onBaseBranch: d.onBaseBranch,
        failing,
        runUrl: rctx.runUrl,
        client: () => deps.github({ token: config.token, apiUrl: ctx.apiUrl, log: (m) => core.info(m) }),
    });
    const recordWarnings = d.afterPublish ? await d.afterPublish() : [];
    const seen = new Set();
    for (const w of [...verdicts.flatMap((v) => v.warnings), ...published.warnings, ...recordWarnings]) {
        const text = `benchgate: ${w.message}${w.hint ? ` ${w.hint}` : ''}`;
        if (seen.has(text))
            continue;
        seen.add(text);
        core.warning(text);
    }
    core.setOutput(inputs/* OUTPUTS */.p.commentUrl, published.commentUrl);
    const line = headline(verdicts);
    core.info(line);
    if (failing) {
        core.setFailed(`${line} (fail-on: ${config.failOn})`);
        return { verdict: verdicts[0], verdicts, exitCode: 1 };
    }
    return { verdict: verdicts[0], verdicts, exitCode: 0 };
}


/***/ })

};

//# sourceMappingURL=868.index.js.map