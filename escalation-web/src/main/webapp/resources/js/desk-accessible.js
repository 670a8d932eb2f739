// PrimeFaces 15 renders a simple file upload's <input type="file"> with aria-hidden="true", though the input is
// the control itself and takes the focus: screen readers would skip it (axe-core's aria-hidden-focus). Its
// label names it; the attribute is taken off once the page is there.
document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[type="file"][aria-hidden="true"]'), function (input) {
        input.removeAttribute('aria-hidden');
    });
});

// A checkbox menu's (p:selectCheckboxMenu) list is built by its script when it first opens: a listbox
// without a name whose <li> rows stand between it and its options (the checkboxes), which axe-core
// reports as a nameless listbox, options without their listbox and list items outside a list. The list
// takes the name of the menu's label, and the rows become presentational, once they are there.
new MutationObserver(function () {
    Array.prototype.forEach.call(document.querySelectorAll('ul.ui-selectcheckboxmenu-items[role="listbox"]:not([aria-labelledby])'),
        function (list) {
            var menuId = list.id.replace(/_list$/, '');
            var label = document.querySelector('label[for="' + menuId + '_focus"], label[for="' + menuId + '"]');
            if (label) {
                if (!label.id) {
                    label.id = menuId + '_label_for_list';
                }
                list.setAttribute('aria-labelledby', label.id);
            }
            Array.prototype.forEach.call(list.children, function (row) {
                row.setAttribute('role', 'none');
            });
        });
}).observe(document.documentElement, {childList: true, subtree: true});
