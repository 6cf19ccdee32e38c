// The portal reacts to widget results through the bubbling, composed `jpseller:result` event.
const log = document.getElementById('last-result');
document.addEventListener('jpseller:result', (event) => {
  const { kind, result } = event.detail;
  log.textContent = `${event.target.localName} → ${kind}\n${JSON.stringify(result, null, 2)}`;
});
