// Progressive extras; every page works without them.
document.querySelectorAll('button.copy').forEach(function (button) {
  button.addEventListener('click', function () {
    var text = document.getElementById(button.dataset.copyFrom).value;
    navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; });
  });
});
document.querySelectorAll('input[type=file][data-load-into]').forEach(function (input) {
  input.addEventListener('change', function () {
    var file = input.files[0];
    if (file) { file.text().then(function (text) { document.getElementById(input.dataset.loadInto).value = text; }); }
  });
});
