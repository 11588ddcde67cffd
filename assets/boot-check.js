// Runs before the game's code. If a file of that code cannot be loaded (the connection dropped, or a filter
// blocked it), the page says so instead of "Loading the congress…" for ever. No game logic here.
(function () {
  function fail() {
    var ui = document.getElementById('ui');
    if (!ui || ui.getAttribute('data-failed')) return;
    ui.setAttribute('data-failed', 'true');
    var title = document.createElement('h2');
    title.setAttribute('role', 'alert');
    title.textContent = 'The game could not be loaded';
    var text = document.createElement('p');
    text.textContent = 'A file of the game did not arrive: the connection dropped, or a filter on this network blocked it. Reload the page to try again; if it keeps happening, ask whoever runs the network to allow this site.';
    var again = document.createElement('button');
    again.type = 'button';
    again.className = 'primary';
    again.textContent = 'Reload the page';
    again.addEventListener('click', function () {
      location.reload();
    });
    ui.replaceChildren(title, text, again);
  }
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && (t.tagName === 'SCRIPT' || (t.tagName === 'LINK' && t.rel === 'modulepreload'))) fail();
    },
    true,
  );
})();
