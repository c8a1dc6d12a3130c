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
    var fmt = function (t) {
      return t ? new Date(t).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
    };
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

  document.addEventListener('DOMContentLoaded', function () {
    printButtons();
    confirmations();
    dropZone();
    roundLive();
  });
})();
