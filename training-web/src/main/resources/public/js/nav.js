// Progressive enhancement of the header menu (the page works without it): on wide screens the
// menu is simply open, so every browser and tool sees the links as shown (the stylesheet already
// shows them where ::details-content is supported); on phones it starts folded.
(function () {
  var menu = document.querySelector('.site-menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 60rem)');
  function apply() {
    menu.open = wide.matches;
  }
  apply();
  if (wide.addEventListener) {
    wide.addEventListener('change', apply);
  }
})();
