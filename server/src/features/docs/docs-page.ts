/** A self-contained API reference page (no CDN): it fetches /api/openapi.json and lists every operation. */
export const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>助联 API 文档</title>
<style>
body{font:15px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1f2329}
h1{font-size:22px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd}
details{border:1px solid #e5e6eb;border-radius:6px;margin:8px 0;padding:6px 10px}
summary{cursor:pointer}code{background:#f2f3f5;padding:1px 4px;border-radius:3px}
pre{background:#f7f8fa;padding:8px;overflow:auto;font-size:12px}.tag{color:#646a73;font-size:13px}
</style></head><body>
<h1>助联 API 文档</h1><p id="info"></p><div id="ops">加载中…</div>
<script src="/api/docs.js"></script>
</body></html>`;

export const DOCS_JS = `fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
  var esc = function (s) { return String(s).replace(/[&<>"]/g, function (c) { return ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]; }); };
  document.getElementById('info').textContent = doc.info.description;
  var byTag = {};
  Object.keys(doc.paths).forEach(function (p) { var op = doc.paths[p].post; (byTag[op.tags[0]] = byTag[op.tags[0]] || []).push([p, op]); });
  var html = '';
  Object.keys(byTag).forEach(function (tag) {
    html += '<h2>' + esc(tag) + '</h2>';
    byTag[tag].forEach(function (entry) {
      var op = entry[1];
      html += '<details><summary><code>POST ' + esc(entry[0]) + '</code> ' + esc(op.summary) + ' <span class="tag">' + esc(op.description) + '</span></summary>'
        + '<p>请求</p><pre>' + esc(JSON.stringify(op.requestBody.content['application/json'].schema, null, 2)) + '</pre>'
        + '<p>响应 200</p><pre>' + esc(JSON.stringify(op.responses['200'].content['application/json'].schema, null, 2)) + '</pre>'
        + '<p>错误状态：' + esc(Object.keys(op.responses).filter(function (s) { return s !== '200'; }).join(', ')) + '</p></details>';
    });
  });
  document.getElementById('ops').innerHTML = html;
});`;
