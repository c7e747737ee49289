(function () {
  document.documentElement.classList.add('js');
  try {
    var t = localStorage.getItem('hx-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
    var m = localStorage.getItem('hx-motion');
    if (m === 'reduce' || m === 'allow') document.documentElement.dataset.motion = m;
  } catch (e) {
    /* Storage blocked (private mode, policy): the system's theme and motion settings apply. */
  }
})();
