// Progressive enhancement for the module editor: a problem's "line N" link selects that line
// in the textarea instead of jumping to the numbered copy below. Without script the link
// still lands on the numbered line.
(function () {
  var textarea = document.getElementById('markdown');
  if (!textarea) {
    return;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.line-link[data-line]') : null;
    if (!link) {
      return;
    }
    var line = parseInt(link.getAttribute('data-line'), 10);
    var lines = textarea.value.split('\n');
    if (!(line >= 1 && line <= lines.length)) {
      return;
    }
    event.preventDefault();
    var start = 0;
    for (var i = 0; i < line - 1; i++) {
      start += lines[i].length + 1;
    }
    textarea.focus();
    textarea.setSelectionRange(start, start + lines[line - 1].length);
    var lineHeight = textarea.scrollHeight / Math.max(lines.length, 1);
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
    textarea.scrollIntoView({block: 'center'});
  });
})();
