// The reply box's canned replies: the one chosen goes into the text at the cursor (or after what is there),
// and the menu returns to its first line so that another can be chosen.
document.addEventListener('change', function (event) {
    var menu = event.target;
    if (!menu || menu.id !== 'cannedReply' || !menu.value) {
        return;
    }
    var option = menu.options[menu.selectedIndex];
    var box = document.getElementById(menu.getAttribute('data-target'));
    var text = option.getAttribute('data-text') || '';
    if (box) {
        var at = box.selectionStart === undefined || document.activeElement !== box ? box.value.length : box.selectionStart;
        var before = box.value.substring(0, at);
        var after = box.value.substring(box.selectionEnd === undefined || document.activeElement !== box ? at : box.selectionEnd);
        var gap = before && !/\n\n$/.test(before) ? (/\n$/.test(before) ? '\n' : '\n\n') : '';
        box.value = before + gap + text + after;
        box.focus();
        box.setSelectionRange(before.length + gap.length + text.length, before.length + gap.length + text.length);
        box.dispatchEvent(new Event('input', {bubbles: true}));
    }
    menu.value = '';
});
