// The header on narrow screens: the Menu button shows and hides the navigation, the finder and the user's
// controls. On wide screens the admin's groups open as lists: one at a time, closed by Escape or a click
// elsewhere, as menus are.
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    var header = toggle && toggle.closest('.desk-header');
    if (toggle) {
        toggle.addEventListener('click', function () {
            var open = header.classList.toggle('desk-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
    var groups = Array.prototype.slice.call(document.querySelectorAll('.desk-nav-group'));
    groups.forEach(function (group) {
        group.addEventListener('toggle', function () {
            if (group.open) {
                groups.forEach(function (other) {
                    if (other !== group) {
                        other.open = false;
                    }
                });
            }
        });
    });
    document.addEventListener('click', function (event) {
        groups.forEach(function (group) {
            if (group.open && !group.contains(event.target)) {
                group.open = false;
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        groups.forEach(function (group) {
            if (group.open) {
                group.open = false;
                group.querySelector('summary').focus();
            }
        });
    });
});
