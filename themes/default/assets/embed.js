/* thidua embeds: tell the portal page that frames this one how tall it is,
   so that its resizing script (shown with the embed snippet) can fit the
   frame to it. The message carries nothing but the height. */
(function () {
  "use strict";
  if (window.parent === window) { return; }
  var last = 0;
  function post() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ thidua: "height", height: height }, "*");
    }
  }
  post();
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (window.ResizeObserver) { new ResizeObserver(post).observe(document.body); }
})();
