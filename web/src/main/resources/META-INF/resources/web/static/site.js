// The little script the pages use (served from 'self'; the Content-Security-Policy allows no inline script).
// Buttons with data-confirm ask before their form goes; the main landmark takes the focus after "skip to content".
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var question = button && button.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var alert = document.querySelector('[role="alert"]');
  if (alert) {
    alert.setAttribute('tabindex', '-1');
    alert.focus();
  }
});
