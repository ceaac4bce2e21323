// The demo's developer panel: a mailbox of every mail the server would send, buttons that act as the business's back
// office through the real admin API, live theme and language switches, and the embed snippet.
const panel = document.querySelector('.dev-panel');
const portal = document.querySelector('klant-portaal');
const apiOrigin = panel.dataset.apiOrigin;

async function call(method, path, body) {
  const response = await fetch(`/demo/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': body instanceof Blob ? body.type : 'application/json' },
    body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(data?.error?.message ?? response.statusText);
  return data;
}

// Tabs, with arrow-key navigation.
const tabs = [...panel.querySelectorAll('[role="tab"]')];
function selectTab(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
  tab.focus();
  if (tab.id === 'tab-office') void refreshOffice();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step) selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]);
  });
}

// Mailbox.
const mailList = panel.querySelector('.mail-list');
const mailView = panel.querySelector('.mail-view');
let shownMails = null;
function linkify(text) {
  const escaped = text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
async function refreshMailbox() {
  try {
    const { items } = await call('GET', '/mailbox');
    const key = items.map((mail) => mail.id).join();
    if (key === shownMails) return;
    shownMails = key;
    mailList.replaceChildren(
      ...(items.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: 'Nog geen mail. Vraag een inloglink aan in het portaal.' })]
        : items.map((mail) => {
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.innerHTML = `<span class="subject"></span><span class="meta"></span>`;
            button.querySelector('.subject').textContent = mail.subject;
            button.querySelector('.meta').textContent = `${mail.to} · ${new Date(mail.createdAt).toLocaleTimeString('nl-NL')}`;
            button.addEventListener('click', () => {
              mailView.hidden = false;
              mailView.innerHTML = `<pre>${linkify(mail.text)}</pre>`;
            });
            li.append(button);
            return li;
          })),
    );
  } catch {
    // The server restarts now and then during development; the next poll will do.
  }
}
void refreshMailbox();
setInterval(refreshMailbox, 2500);

// Back office.
const officeStatus = panel.querySelector('.office-status');
const say = (text) => (officeStatus.textContent = text);
function actionButton(label, run) {
  const button = document.createElement('button');
  button.className = 'dev-button';
  button.textContent = label;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      say(await run());
      await refreshOffice();
    } catch (error) {
      say(`Mislukt: ${error.message}`);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
const nextWorkOrderStatus = { open: 'planned', planned: 'in_progress', in_progress: 'completed' };
const upsertFields = new Set(['customerExternalId', 'locationExternalId', 'objectExternalId', 'requestId', 'number', 'workType', 'description', 'status', 'statusLabel', 'plannedStart', 'plannedEnd', 'completedAt', 'totalCents']);
async function refreshOffice() {
  const requestsList = panel.querySelector('.office-requests');
  const workOrdersList = panel.querySelector('.office-work-orders');
  try {
    const requests = await call('GET', '/admin/requests?limit=5');
    requestsList.replaceChildren(
      ...(requests.items.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: 'Nog geen aanvragen. Dien er een in via het portaal.' })]
        : requests.items.map((request) => {
            const li = document.createElement('li');
            li.textContent = `${request.reference ?? request.id} · ${request.status} · ${request.description.slice(0, 40)}`;
            const actions = document.createElement('div');
            actions.className = 'row-actions';
            if (request.status === 'submitted') {
              actions.append(actionButton('In behandeling', async () => (await call('PATCH', `/admin/requests/${request.id}`, { status: 'in_review' }), 'Aanvraag in behandeling genomen.')));
            }
            if ((request.status === 'submitted' || request.status === 'in_review') && request.customer) {
              actions.append(
                actionButton('Accepteren + werkbon', async () => {
                  const externalId = `WB-${Date.now().toString().slice(-6)}`;
                  if (request.status === 'submitted') await call('PATCH', `/admin/requests/${request.id}`, { status: 'in_review' });
                  await call('PUT', `/admin/work-orders/${externalId}`, {
                    customerExternalId: request.customer.externalId,
                    number: externalId,
                    workType: request.workType,
                    description: request.description.slice(0, 200),
                    status: 'planned',
                    plannedStart: new Date(Date.now() + 2 * 86400000).toISOString(),
                    plannedEnd: new Date(Date.now() + 2 * 86400000 + 2 * 3600000).toISOString(),
                    requestId: request.id,
                  });
                  await call('PATCH', `/admin/requests/${request.id}`, { status: 'accepted', workOrderExternalId: externalId });
                  return `Geaccepteerd; werkbon ${externalId} ingepland.`;
                }),
              );
            }
            actions.append(
              actionButton('Bericht sturen', async () => (await call('POST', `/admin/requests/${request.id}/messages`, { body: 'Dank voor uw aanvraag. Onze monteur neemt morgen contact met u op.' }), 'Bericht verstuurd.')),
            );
            li.append(actions);
            return li;
          })),
    );
    const workOrders = await call('GET', '/admin/work-orders?limit=5');
    workOrdersList.replaceChildren(
      ...workOrders.items.map((workOrder) => {
        const li = document.createElement('li');
        li.textContent = `${workOrder.number} · ${workOrder.status}`;
        const next = nextWorkOrderStatus[workOrder.status];
        if (next) {
          li.append(
            actionButton(`→ ${next}`, async () => {
              // The upsert body is the record as the back office knows it, without the fields the server adds.
              const body = Object.fromEntries(Object.entries(workOrder).filter(([field]) => upsertFields.has(field)));
              await call('PUT', `/admin/work-orders/${workOrder.externalId}`, { ...body, status: next, ...(next === 'completed' ? { completedAt: new Date().toISOString() } : {}) });
              return `Werkbon ${workOrder.number} is nu ${next}.`;
            }),
          );
        }
        return li;
      }),
    );
  } catch (error) {
    say(`Backoffice niet bereikbaar: ${error.message}`);
  }
}
panel.querySelector('[data-action="publish-invoice"]').addEventListener('click', async () => {
  try {
    const result = await call('POST', '/publish-invoice', {});
    say(`Factuur ${result.number} gepubliceerd.`);
  } catch (error) {
    say(`Mislukt: ${error.message}`);
  }
});

// Look and language: the widget's public styling API, live.
const look = panel.querySelector('#pane-look');
look.querySelector('[name="locale"]').addEventListener('change', (event) => portal.setAttribute('locale', event.target.value));
look.querySelector('[name="primary"]').addEventListener('input', (event) => portal.style.setProperty('--kp-color-primary', event.target.value));
look.querySelector('[name="font"]').addEventListener('change', (event) =>
  event.target.value ? portal.style.setProperty('--kp-font-family', event.target.value) : portal.style.removeProperty('--kp-font-family'),
);
look.querySelector('[name="radius"]').addEventListener('input', (event) => portal.style.setProperty('--kp-radius', `${event.target.value}px`));
const otherOrigin = panel.dataset.siteOrigin;
const otherLink = look.querySelector('.other-origin');
if (otherOrigin) otherLink.href = `${otherOrigin}/mijn-portaal`;
else otherLink.parentElement.hidden = true;

// Embed snippet.
const snippet = `<script type="module" src="${apiOrigin}/widget/klantportaal.js"></script>\n<klant-portaal portal="demo"></klant-portaal>`;
panel.querySelector('.snippet code').textContent = snippet;
panel.querySelector('[data-action="copy-snippet"]').addEventListener('click', async (event) => {
  await navigator.clipboard?.writeText(snippet).catch(() => {});
  event.target.textContent = 'Gekopieerd';
});
