// The ticket page's "Merge into it…": the merge closes this ticket for good, so the dialog names the other
// ticket, as typed in the number field, before the agent confirms. An empty field gets the form's own message.
function deskConfirmMerge(thisNumber) {
    var field = document.getElementById('linkForm:linkNumber');
    var other = field.value.trim().toUpperCase();
    var missing = document.getElementById('mergeNumberMissing');
    if (!other) {
        field.setAttribute('aria-invalid', 'true');
        missing.textContent = 'Give the number of the ticket to merge into.';
        field.focus();
        return;
    }
    field.removeAttribute('aria-invalid');
    missing.textContent = '';
    document.getElementById('mergeSurvivor').textContent = other;
    Array.prototype.forEach.call(document.querySelectorAll('#mergeConsequences .merge-survivor'), function (e) {
        e.textContent = other;
    });
    PF('mergeDialog').show();
}
