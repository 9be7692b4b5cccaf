// Loaded (not inline: the CSP allows no inline script) right after the prerendered map in index.html,
// before the first paint. The map is the default view: other addresses must not flash it, so it is
// removed there; on the default view it gets the app's map padding and marks its first paint.
(function () {
  var map = document.getElementById('prerendered-map');
  if (map === null) return;
  if (location.pathname !== map.getAttribute('data-default-path') || location.search !== '' || location.hash !== '') {
    map.remove();
    return;
  }
  var padding = (map.getAttribute('data-padding') || '0 0 0 0').split(' ');
  map.style.padding = padding[0] + 'px ' + padding[1] + 'px ' + padding[2] + 'px ' + padding[3] + 'px';
  requestAnimationFrame(function () {
    // Narrow screens lay the page out differently and hide it (CSS): no map was painted there.
    if (map.isConnected && getComputedStyle(map).display !== 'none') performance.mark('map:first-paint');
  });
})();
