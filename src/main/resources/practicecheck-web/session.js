// Sign-in support for every page: when signed in (serve --users), show the sign-out button and give
// it this session's CSRF token, which the server also checks on uploads (app.js sends it as a header).
"use strict";
(function () {
  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)pc_csrf=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }
  window.practiceCheckCsrfToken = csrfToken;
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("sign-out");
    var token = csrfToken();
    if (form && token) {
      form.elements.csrf.value = token;
      form.hidden = false;
    }
  });
})();
