// Review page, checks against official statistics: "Use this proposal" fills the verdict form with
// a check's proposed verdict and rule, and notes in the form's reason (kept by the audit entry)
// that the proposal was used, or that the reviewer chose otherwise. The person still submits.
(function () {
  'use strict';
  // htmx runs this again after each swap of the review page: listen once
  if (window.claimdeskChecks) { return; }
  window.claimdeskChecks = true;

  function note(reason, chosen) {
    var proposed = reason.dataset.proposed;
    reason.value = chosen === proposed
      ? 'Proposal of check ' + reason.dataset.check + ' used: ' + proposed
      : 'Check ' + reason.dataset.check + ' proposed ' + proposed + '; the reviewer chose ' + chosen;
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('.use-proposal') : null;
    if (!button) { return; }
    var verdict = document.getElementById('verdict');
    var explanation = document.querySelector('#verdict-form textarea[name=explanation]');
    var reason = document.getElementById('verdict-reason');
    if (verdict) { verdict.value = button.dataset.verdict; }
    if (explanation) { explanation.value = button.dataset.explanation; }
    if (reason) {
      reason.dataset.proposed = button.dataset.verdict;
      reason.dataset.check = button.dataset.check;
      note(reason, button.dataset.verdict);
    }
    if (verdict) { verdict.focus(); }
  });

  document.addEventListener('change', function (e) {
    if (!e.target || e.target.id !== 'verdict') { return; }
    var reason = document.getElementById('verdict-reason');
    if (reason && reason.dataset.check) { note(reason, e.target.value); }
  });
})();
