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
// A file upload shows its progress: the form is sent by XMLHttpRequest (whose upload reports the bytes sent), with
// the same fields the form sends without script. Done: the dossier page again; refused: the page's reason, here.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute('data-upload') || !window.FormData || event.defaultPrevented) {
    return;
  }
  event.preventDefault();
  var progress = form.querySelector('progress');
  var status = form.querySelector('.upload-status');
  var button = form.querySelector('button');
  var request = new XMLHttpRequest();
  request.open('POST', form.action);
  request.setRequestHeader('X-CSRF-Token', form.querySelector('input[name="csrf"]').value);
  progress.hidden = false;
  progress.value = 0;
  button.disabled = true;
  request.upload.addEventListener('progress', function (e) {
    if (e.lengthComputable) {
      progress.value = Math.round(e.loaded * 100 / e.total);
      progress.setAttribute('aria-valuetext', progress.value + '%');
    }
  });
  request.addEventListener('load', function () {
    if (request.status < 400) {
      progress.value = 100;
      window.location.assign(request.responseURL || window.location.href);
      return;
    }
    var page = new DOMParser().parseFromString(request.responseText, 'text/html');
    var problem = page.querySelector('#problem');
    status.textContent = problem ? problem.textContent.trim() : String(request.status);
    status.className = 'upload-status state no';
    button.disabled = false;
  });
  request.addEventListener('error', function () {
    status.textContent = String(request.status || 'network error');
    status.className = 'upload-status state no';
    button.disabled = false;
  });
  request.send(new FormData(form));
});
