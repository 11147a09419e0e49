'use strict';
// Zhibiao dashboard. Everything that comes from data is put into the page as text nodes (textContent), never as
// HTML: posts may contain markup.
(function () {
  const FILTERS = ['q', 'metric', 'region', 'from', 'to', 'unit'];
  const PAGE_SIZE = 50;
  const form = document.getElementById('search');
  const tbody = document.querySelector('#results tbody');
  const status = document.getElementById('status');
  const more = document.getElementById('more');
  const chart = echarts.init(document.getElementById('chart'));
  let nextCursor = null;

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function filterParams() {
    const p = new URLSearchParams();
    for (const name of FILTERS) {
      const v = document.getElementById(name).value.trim();
      if (v) p.set(name, v);
    }
    if (p.has('region') && document.getElementById('includeSubregions').checked) p.set('includeSubregions', 'true');
    return p;
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail || r.statusText);
    return body;
  }

  function formatValue(i) {
    const v = Number(i.value).toLocaleString('zh-CN');
    const max = i.max !== undefined ? '–' + Number(i.max).toLocaleString('zh-CN') : '';
    return v + max + ' ' + (i.unit || '');
  }

  // the sentence with the indicator's own text marked
  function sentenceCell(i) {
    const td = el('td');
    const s = i.sentence || '';
    const at = i.text ? s.indexOf(i.text) : -1;
    if (at < 0) {
      td.textContent = s;
      return td;
    }
    td.append(document.createTextNode(s.slice(0, at)), el('mark', i.text),
        document.createTextNode(s.slice(at + i.text.length)));
    return td;
  }

  function addRows(items) {
    for (const i of items) {
      const tr = el('tr');
      tr.append(el('td', i.metric), el('td', formatValue(i), 'value'),
          el('td', i.region ? (i.region.fullName || i.region.name) : ''), el('td', i.period || ''), sentenceCell(i));
      tr.title = i.postId;
      tbody.append(tr);
    }
  }

  async function loadPage(params, cursor) {
    const p = new URLSearchParams(params);
    p.set('size', PAGE_SIZE);
    if (cursor) { p.set('cursor', cursor); p.set('count', 'false'); }
    const page = await getJson('/api/indicators?' + p);
    addRows(page.items);
    nextCursor = page.nextCursor || null;
    more.hidden = !nextCursor;
    return page;
  }

  async function drawChart(params) {
    const p = new URLSearchParams(params);
    p.set('bucket', 'year');
    const result = await getJson('/api/series?' + p);
    const periods = [...new Set(result.series.flatMap(s => s.points.map(pt => pt.period)))].sort();
    const series = result.series.slice(0, 8).map(s => {
      const byPeriod = new Map(s.points.map(pt => [pt.period, Number(pt.sum)]));
      return { name: s.unit || '(无单位)', type: 'line', connectNulls: true,
        data: periods.map(x => byPeriod.has(x) ? byPeriod.get(x) : null) };
    });
    chart.setOption({
      title: { text: (params.get('metric') || '全部指标') + (params.get('region') ? ' · ' + params.get('region') : ''),
        textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, legend: { top: 24 },
      grid: { top: 60, left: 80, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: periods }, yAxis: { type: 'value' }, series: series
    }, true);
    document.getElementById('chart').dataset.points = String(series.reduce((n, s) => n + s.data.length, 0));
  }

  async function search() {
    const params = filterParams();
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname);
    const csv = new URLSearchParams(params);
    csv.set('format', 'csv');
    document.getElementById('csv').href = '/api/indicators?' + csv;
    tbody.replaceChildren();
    document.body.dataset.state = 'loading';
    status.textContent = '…';
    try {
      const [page] = await Promise.all([loadPage(params, null), drawChart(params)]);
      status.textContent = page.total + ' 条指标';
      document.body.dataset.state = 'ready';
    } catch (e) {
      status.textContent = '错误: ' + e.message;
      document.body.dataset.state = 'error';
    }
  }

  async function treeLevel(parent, ul) {
    const nodes = await getJson('/api/regions' + (parent ? '?parent=' + encodeURIComponent(parent) : ''));
    for (const n of nodes) {
      const li = el('li');
      const toggle = el('button', n.childCount > 0 ? '▸' : '·', 'toggle');
      toggle.type = 'button';
      const name = el('a', n.name);
      name.dataset.code = n.code;
      name.addEventListener('click', () => {
        document.getElementById('region').value = n.code;
        search();
      });
      li.append(toggle, name, el('span', n.indicatorCount, 'count'));
      if (n.childCount > 0) {
        let children = null;
        toggle.addEventListener('click', async () => {
          if (children) { children.hidden = !children.hidden; }
          else { children = el('ul', null, 'tree'); li.append(children); await treeLevel(n.code, children); }
          toggle.textContent = children.hidden ? '▸' : '▾';
        });
      }
      ul.append(li);
    }
  }

  async function metricOptions() {
    const list = document.getElementById('metric-options');
    for (const m of await getJson('/api/metrics?limit=200')) {
      const o = el('option');
      o.value = m.metric;
      o.label = m.count + ' · ' + m.units.map(u => u.unit).join(' ');
      list.append(o);
    }
  }

  form.addEventListener('submit', e => { e.preventDefault(); search(); });
  more.addEventListener('click', () => loadPage(filterParams(), nextCursor));
  window.addEventListener('resize', () => chart.resize());

  const initial = new URLSearchParams(location.search);
  for (const name of FILTERS) if (initial.has(name)) document.getElementById(name).value = initial.get(name);
  treeLevel(null, document.getElementById('tree')).catch(e => { status.textContent = '错误: ' + e.message; });
  metricOptions().catch(() => {});
  search();
})();
