// The monitoring dashboard's chart: alerts found, verified and closed per rule, from the page's data attributes
// (the pages run no inline script).
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('rule-chart');
  if (!box || typeof echarts === 'undefined' || !box.dataset.figures) {
    return;
  }
  var rows = box.dataset.figures.split(',').filter(Boolean).map(function (row) {
    var cells = row.split(':');
    return { rule: cells[0], found: +cells[1], verified: +cells[2], closed: +cells[3] };
  });
  var titles = {};
  document.querySelectorAll('#by-rule tbody tr').forEach(function (tr) {
    var link = tr.querySelector('a');
    if (link) {
      titles[new URL(link.href).searchParams.get('rule')] = link.textContent;
    }
  });
  echarts.init(box).setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [box.dataset.found, box.dataset.verified, box.dataset.closed] },
    grid: { left: 40, right: 20, bottom: 90 },
    xAxis: { type: 'category', data: rows.map(function (r) { return titles[r.rule] || r.rule; }),
             axisLabel: { rotate: 40, interval: 0 } },
    yAxis: { type: 'value' },
    series: [
      { name: box.dataset.found, type: 'bar', data: rows.map(function (r) { return r.found; }), itemStyle: { color: '#b71c1c' } },
      { name: box.dataset.verified, type: 'bar', data: rows.map(function (r) { return r.verified; }), itemStyle: { color: '#f9a825' } },
      { name: box.dataset.closed, type: 'bar', data: rows.map(function (r) { return r.closed; }), itemStyle: { color: '#2e7d32' } }
    ]
  });
});
