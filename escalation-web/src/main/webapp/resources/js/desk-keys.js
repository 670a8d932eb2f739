// Keyboard shortcuts, as help desks have them: ? lists them, / opens the finder, j and k move through a
// list's rows (Enter opens the one chosen), r writes a reply on a ticket, e escalates it. Keys typed into a
// field, or with Ctrl, Alt or Cmd held, are the field's and the browser's.
document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
        return;
    }
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        return;
    }
    var dialog = document.getElementById('shortcutsDialog');
    if (dialog && dialog.open) {
        return;
    }
    var handled = true;
    switch (event.key) {
        case '?':
            if (dialog) {
                dialog.showModal();
            }
            break;
        case '/':
            deskOpenFinder();
            break;
        case 'j':
            deskMoveInList(1);
            break;
        case 'k':
            deskMoveInList(-1);
            break;
        case 'r':
            handled = deskStartReply();
            break;
        case 'e':
            handled = deskClick('workForm:openEscalate');
            break;
        default:
            handled = false;
    }
    if (handled) {
        event.preventDefault();
    }
});

function deskOpenFinder() {
    var finder = document.getElementById('headerSearchText');
    var toggle = document.getElementById('menuToggle');
    if (finder && finder.offsetParent === null && toggle && toggle.getAttribute('aria-expanded') === 'false') {
        toggle.click();
    }
    if (finder) {
        finder.focus();
    }
}

/** The rows of the first visible table that lists things one can open. */
function deskListRows() {
    var tables = document.querySelectorAll('.ui-datatable-data');
    for (var i = 0; i < tables.length; i++) {
        if (tables[i].offsetParent !== null) {
            var rows = Array.prototype.filter.call(tables[i].querySelectorAll(':scope > tr'), function (row) {
                return row.querySelector('a[href]') !== null;
            });
            if (rows.length) {
                return rows;
            }
        }
    }
    return [];
}

function deskMoveInList(step) {
    var rows = deskListRows();
    if (!rows.length) {
        return;
    }
    var at = rows.findIndex(function (row) {
        return row.classList.contains('desk-row-current');
    });
    var next = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
    rows.forEach(function (row) {
        row.classList.remove('desk-row-current');
    });
    rows[next].classList.add('desk-row-current');
    rows[next].querySelector('a[href]').focus();
}

function deskStartReply() {
    var body = document.getElementById('noteForm:noteBody');
    if (!body) {
        return false;
    }
    var reply = document.querySelector("label[for='noteForm:noteVisibility:1']");
    if (reply) {
        reply.click();
    }
    body.focus();
    return true;
}

function deskClick(id) {
    var button = document.getElementById(id);
    if (!button) {
        return false;
    }
    button.click();
    return true;
}
