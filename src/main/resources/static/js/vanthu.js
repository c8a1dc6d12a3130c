// Vanthu's page behaviour. The Content-Security-Policy allows no inline script, event
// handler or style: pages mark elements with data attributes and this file does the rest.
(function () {
  'use strict';

  // <button data-print>: prints the page (registers, slips, reports)
  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(function (el) {
      el.addEventListener('click', function (ev) { ev.preventDefault(); window.print(); });
    });
  }

  // <form data-confirm="question">: asks before sending
  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (ev) {
        if (!window.confirm(form.dataset.confirm)) ev.preventDefault();
      });
    });
  }

  // #drop-zone: dropped files go into the file input, then the form is sent
  function dropZone() {
    var zone = document.getElementById('drop-zone');
    var input = document.getElementById('files');
    if (!zone || !input) return;
    ['dragenter', 'dragover'].forEach(function (e) {
      zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (e) {
      zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (ev) {
      if (ev.dataTransfer && ev.dataTransfer.files.length) {
        input.files = ev.dataTransfer.files;
        document.getElementById('upload-form').submit();
      }
    });
  }

  // #round-live: refreshes a drafting round's table from the API while the round is open;
  // the labels, in the page's language, are the element's data attributes
  function roundLive() {
    var live = document.getElementById('round-live');
    if (!live) return;
    var label = function (kind, status) {
      return live.getAttribute('data-' + kind + '-' + String(status).toLowerCase());
    };
    var fmt = function (t) { return t ? dateTime(t) : ''; };
    function refresh() {
      fetch('/api/rounds/' + live.dataset.round, { headers: { 'Accept': 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (round) {
          if (!round) return;
          document.getElementById('round-status').textContent = label('round', round.status) || round.statusLabel;
          round.requests.forEach(function (r) {
            var row = document.querySelector('tr[data-recipient="' + r.recipient + '"]');
            if (!row) return;
            row.querySelector('.status').textContent =
              (label('request', r.status) || r.statusLabel) + (r.late ? live.dataset.late : '');
            row.querySelector('.answered').textContent = fmt(r.answeredAt);
            row.querySelector('.reminded').textContent = fmt(r.remindedAt);
            row.querySelector('.text span').textContent = r.text || '';
            row.classList.toggle('overdue', r.late);
          });
          if (round.status === 'OPEN') setTimeout(refresh, 5000);
        });
    }
    setTimeout(refresh, 5000);
  }

  // the pages' one time format (PageFormats on the server): dd/MM/yyyy HH:mm, Vietnam time
  function dateTime(t) {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(t)).forEach(function (p) { parts[p.type] = p.value; });
    return parts.day + '/' + parts.month + '/' + parts.year + ' ' + parts.hour + ':' + parts.minute;
  }

  // #menu-toggle: on a narrow screen the menu is folded away behind this button
  function menu() {
    var toggle = document.getElementById('menu-toggle');
    if (!toggle) return;
    var bar = toggle.closest('.topbar');
    toggle.addEventListener('click', function () {
      var open = bar.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (ev) {
      if (ev.key === 'Escape' && bar.classList.contains('open')) {
        bar.classList.remove('open');
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      }
    });
  }

  // table.grid with no row: one row saying so, in the table's words (data-empty) or the
  // page's default (<meta name="vanthu-empty">)
  function emptyTables() {
    var meta = document.querySelector('meta[name="vanthu-empty"]');
    document.querySelectorAll('table.grid').forEach(function (table) {
      var body = table.tBodies[0];
      if (!body || body.rows.length > 0) return;
      var head = table.tHead && table.tHead.rows[0];
      var row = body.insertRow();
      row.className = 'empty';
      var cell = row.insertCell();
      cell.colSpan = head ? head.cells.length : 1;
      cell.textContent = table.dataset.empty || (meta ? meta.content : '');
    });
  }

  // a table wider than the screen scrolls in its own box: keyboard users must reach it
  function scrollingTables() {
    document.querySelectorAll('table.grid, .table-scroll, pre').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
      } else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
      }
    });
  }

  // <button class="danger"> outside a form[data-confirm]: asks with its data-confirm or
  // its own words
  function dangerButtons() {
    document.querySelectorAll('button.danger').forEach(function (button) {
      if (button.form && button.form.hasAttribute('data-confirm')) return;
      button.addEventListener('click', function (ev) {
        var question = button.dataset.confirm || (button.textContent.trim() + '?');
        if (!window.confirm(question)) ev.preventDefault();
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    menu();
    emptyTables();
    scrollingTables();
    window.addEventListener('resize', scrollingTables);
    dangerButtons();
    printButtons();
    confirmations();
    dropZone();
    roundLive();
  });
})();
