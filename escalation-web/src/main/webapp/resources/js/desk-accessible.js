// PrimeFaces 15 renders a simple file upload's <input type="file"> with aria-hidden="true", though the input is
// the control itself and takes the focus: screen readers would skip it (axe-core's aria-hidden-focus). Its
// label names it; the attribute is taken off once the page is there.
document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[type="file"][aria-hidden="true"]'), function (input) {
        input.removeAttribute('aria-hidden');
    });
});
