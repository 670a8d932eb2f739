// The ticket page's beat: once loaded (its remote command runs by itself), then every 10 s, and at once
// when one starts writing in the conversation. Each beat says whether one typed there in the last 15 s,
// so that the colleagues on the ticket read "… is writing in the conversation" before two replies cross.
(function () {
    var BEAT = 10000, WRITING = 15000;
    var lastTyped = 0, lastSent = 0;

    function writing() {
        return Date.now() - lastTyped < WRITING;
    }

    function beat() {
        if (typeof window.presenceNow === 'function') {
            lastSent = Date.now();
            window.presenceNow([{name: 'writing', value: String(writing())}]);
        }
    }

    setInterval(beat, BEAT);
    document.addEventListener('input', function (event) {
        var box = event.target;
        if (!box || !box.id || !/(^|:)noteBody$/.test(box.id)) {
            return;
        }
        var started = !writing();
        lastTyped = Date.now();
        if (started && Date.now() - lastSent > 2000) {
            beat();
        }
    });
})();
