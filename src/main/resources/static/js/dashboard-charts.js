// Draws the dashboard's charts from the tables beside them (the tables stay for screen readers and
// copying). A chart container names its table in data-chart-table; the table's header cells with
// data-series="bar" or "line" are the series, the row headers the categories, and the cells' data-value
// the numbers. No inline script: the Content-Security-Policy allows scripts from this site only.
(function () {
  'use strict';

  function draw(container) {
    var table = document.getElementById(container.dataset.chartTable);
    if (!table || typeof echarts === 'undefined') return;
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) { container.hidden = true; return; }
    var categories = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
    var series = [];
    headers.forEach(function (th, index) {
      var type = th.dataset.series;
      if (!type || index === 0) return;
      series.push({
        name: th.textContent.trim(),
        type: type,
        step: type === 'line' ? 'middle' : undefined,
        data: rows.map(function (tr) {
          var cell = tr.children[index];
          var value = cell ? cell.dataset.value : undefined;
          return value === undefined || value === '' ? null : Number(value);
        })
      });
    });
    var horizontal = container.dataset.chartHorizontal === 'true';
    if (horizontal) container.style.height = Math.max(240, 40 + categories.length * 36) + 'px';
    // Labels 14 px in the page's text colour (ECharts' default, 12 px light grey, is hard to read).
    var text = { color: '#212529', fontSize: 14 };
    var categoryAxis = { type: 'category', data: categories, axisLabel: Object.assign({ interval: 0, width: 140, overflow: 'truncate' }, text) };
    var valueAxis = { type: 'value', minInterval: 1, axisLabel: text };
    var chart = echarts.init(container, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      textStyle: text,
      legend: { top: 0, textStyle: text },
      grid: { left: horizontal ? 150 : 40, right: 16, top: 40, bottom: 30 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? Object.assign({}, categoryAxis, { inverse: true }) : valueAxis,
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart-table]').forEach(draw);
  });
})();
