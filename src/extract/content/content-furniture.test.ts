/**
 * Furniture that scoring takes in with the story and cleaning must take
 * out, on a fictional site: boxes after the story's own container (an
 * author's column, a newsletter box), a disclaimer or copyright block,
 * links dressed as buttons, a blog's "follow me" prompt and a script's
 * "Loading..." placeholder. List items styled with a furniture name stay.
 * Each test also shows what must stay: more of the same body, the story's
 * own table, a toggle's heading, a link in a sentence, a sentence on
 * following and a heading on loading.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extract } from '../extract.ts';

const URL = 'https://brackwater-gazette.example/2026/03/orchard-replanting';

const STORY = [
  'Volunteers will replant the old cider orchard on Hollin Lane this spring, after the parish council agreed to lease the field to the village society.',
  'The society plans to put in forty young trees of local varieties, grafted over the winter from cuttings taken off the last of the original trees.',
  'Orchard keeper Tamsin Roe said the first fruit would not come for four or five years, but that the blossom would be out by the second spring.',
  'A pressing day for the whole village is planned once the trees crop, with the society hoping to revive the Hollin Lane cider that stopped in 1968.',
  'Anyone who wants to help with the planting is asked to bring a spade to the field gate at nine on the last Saturday of March, whatever the weather.',
];

const BIO = 'Fern Adeyemi has written about the villages of the Brackwater valley for the Gazette since 2011, and she keeps bees in a corner of her allotment.';

function page(content: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Hollin Lane orchard to be replanted</title>
<link rel="canonical" href="${URL}"></head><body>
<nav><a href="/">Home</a> <a href="/villages">Villages</a> <a href="/gardens">Gardens</a></nav>
<main><h1>Hollin Lane orchard to be replanted</h1>${content}</main>
<footer><a href="/about">About the Brackwater Gazette</a></footer></body></html>`;
}

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${text}</p>`).join('\n');

function bodyText(html: string): string {
  return extract(html, { url: URL, language: 'en' }).text;
}

function assertWholeStory(text: string): void {
  for (const paragraph of STORY) assert.ok(text.includes(paragraph), `missing: ${paragraph.slice(0, 40)}…`);
}

describe('extract: boxes after the story', () => {
  test('an author\'s column beside the story\'s column is not taken in with it', () => {
    const text = bodyText(page(`<div class="cols"><div class="col col-wide">${paragraphs(STORY)}</div>
<div class="col col-narrow"><p>${BIO}</p></div></div>`));
    assertWholeStory(text);
    assert.ok(!text.includes('Fern Adeyemi'), 'the author\'s column was taken in');
  });

  test('more of the body in a box of the same class stays, and so does a table after it; a box of another kind goes', () => {
    const tail = 'Trees still needed: eleven, of the varieties listed below.';
    const text = bodyText(page(`<article><div class="block-text">${paragraphs(STORY)}</div>
<div class="block-text"><p>${tail}</p></div>
<table><tr><th>Variety</th><th>Trees</th></tr><tr><td>Hollin Russet</td><td>6</td></tr><tr><td>Brackwater Sweet</td><td>5</td></tr></table>
<div class="note-box"><p>${BIO}</p></div></article>`));
    assertWholeStory(text);
    assert.ok(text.includes(tail), 'the second block of the body went');
    assert.match(text, /Hollin Russet/u);
    assert.ok(!text.includes('Fern Adeyemi'), 'the box of another kind after the story stayed');
  });
});

describe('extract: notices named as such', () => {
  test('a disclaimer and a copyright line at the foot of the story go; a sentence about copyright stays', () => {
    const copyrightSentence = 'The society holds the copyright in the old cider labels, which it found in a loft and plans to print again for the first pressing.';
    const text = bodyText(page(`<article>${paragraphs(STORY)}<p>${copyrightSentence}</p>
<p class="disclaimer">The views of volunteers quoted in this story are their own and are not those of the Brackwater Gazette or its owners.</p>
<div class="copyright">Copyright 2026 Brackwater Gazette Ltd. Stories may not be reprinted in full without written permission from the editor.</div></article>`));
    assertWholeStory(text);
    assert.ok(text.includes(copyrightSentence));
    assert.ok(!text.includes('views of volunteers'), 'the disclaimer stayed');
    assert.ok(!text.includes('may not be reprinted'), 'the copyright line stayed');
  });
});

describe('extract: links dressed as buttons', () => {
  test('a link styled as a button between paragraphs goes; a toggle\'s heading and a button-styled link inside a sentence stay', () => {
    const sentence = 'Tamsin Roe gave a talk on grafting last month, and';
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 2))}
<p><a class="btn btn-link" href="/2026/01/grafting-workshop">See how the society grafts its young trees</a></p>
<div class="toggle-button"><h3>How the planting will be done</h3></div>
<div class="toggle-panel">${paragraphs(STORY.slice(2))}</div>
<p>${sentence} <a class="button" href="/2026/02/grafting-talk">the recording of the talk</a> is on the society's website for anyone who missed it.</p></article>`));
    assertWholeStory(text);
    assert.ok(!text.includes('See how the society grafts'), 'the button stayed');
    assert.match(text, /How the planting will be done/u);
    assert.ok(text.includes(`${sentence} the recording of the talk is on`), 'the link in the sentence went');
  });
});

describe('extract: headings over furniture', () => {
  test('"Recommended for you" over a list of stories goes; "Recommended spacing" and "Popular varieties" over the story\'s own text stay', () => {
    const variety = 'Hollin Russet and Brackwater Sweet were the trees most often planted in the valley, and both keep well in a cool loft until March.';
    const advice = 'Plant each young tree eight paces from the next, so that the crowns never touch and the grass between can still be cut.';
    const text = bodyText(page(`<article>${paragraphs(STORY)}
<h2>Recommended spacing</h2><p>${advice}</p>
<h2>Popular varieties</h2><p>${variety}</p>
<h2>Recommended for you</h2><ul><li><a href="/2026/02/hedge-laying">Hedge laying returns to Mill Farm</a></li>
<li><a href="/2026/01/bee-club">Bee club looks for a new apiary</a></li><li><a href="/2026/01/pond">Village pond to be dredged</a></li></ul></article>`));
    assertWholeStory(text);
    assert.match(text, /Recommended spacing/u);
    assert.ok(text.includes(advice));
    assert.match(text, /Popular varieties/u);
    assert.ok(!text.includes('Recommended for you'), 'the furniture heading stayed');
    assert.ok(!text.includes('Hedge laying returns'), 'the list of stories under it stayed');
  });
});

describe('extract: parts of a component named for their place in it', () => {
  test('prose in a box\'s `tipbox__footer` stays; a `story__footer` of links goes', () => {
    const tip = 'Grafting tip: cut the scion on a long slant, match the green layer under the bark on one side at least, and bind it tight with raffia before sealing the whole join with warm wax against the rain and the frost.';
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}
<div class="tipbox"><section class="tipbox__footer"><p class="tipbox__meta">${tip}</p></section></div>
${paragraphs(STORY.slice(3))}
<div class="story__footer"><a href="/tags/orchards">Orchards</a> <a href="/tags/hollin-lane">Hollin Lane</a> <a href="/tags/parish-council">Parish council</a></div></article>`));
    assertWholeStory(text);
    assert.ok(text.includes(tip), 'the prose in the box\'s footer went');
    assert.ok(!text.includes('Parish council'), 'the story\'s footer of links stayed');
  });
});

describe('extract: list items styled with a furniture name', () => {
  test('a pros-and-cons list whose items sit whole in `item-meta` boxes stays; a meta line beside a linked item goes', () => {
    const pros = ['Grafted from the original trees', 'Blossom by the second spring', 'Local varieties only'];
    const cons = ['No fruit for four or five years', 'Needs a wet spring to settle'];
    const items = (texts: readonly string[]): string => texts.map((item) => `<li><div class="item-meta">${item}</div></li>`).join('');
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}
<h3>For and against</h3><ul class="pros">${items(pros)}</ul><ul class="cons">${items(cons)}</ul>
${paragraphs(STORY.slice(3))}
<ul class="reading"><li><a href="/2026/02/grafting-talk">The grafting talk, recorded</a><div class="item-meta">Posted 2 February 2026</div></li></ul></article>`));
    assertWholeStory(text);
    for (const item of [...pros, ...cons]) assert.ok(text.includes(item), `the list item went: ${item}`);
    assert.ok(!text.includes('Posted 2 February'), 'the meta line beside a link stayed');
  });
});

describe('extract: a blog\'s prompts and a script\'s placeholders', () => {
  test('"follow me on" under the post and a "Loading image..." placeholder go; a sentence on following and a heading on loading stay', () => {
    const following = 'Walkers who follow the footpath on the north side of the field will pass the new trees, which are staked and tagged with their names.';
    const loading = 'Loading the saplings';
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}<div class="media-slot">Loading image...</div>
<h3>${loading}</h3>${paragraphs(STORY.slice(3))}<p>${following}</p>
<p>Follow me on <a href="https://photos.example/fern">Photogram</a> for more pictures of the valley's orchards through the year!</p></article>`));
    assertWholeStory(text);
    assert.ok(text.includes(following), 'the sentence on following went');
    assert.ok(text.includes(loading), 'the heading on loading went');
    assert.ok(!text.includes('Follow me on'), 'the follow prompt stayed');
    assert.ok(!text.includes('Loading image'), 'the placeholder stayed');
  });

  test('a subscription prompt, a donation appeal, a call for tips and a sponsor\'s label go; a story about donations and subscriptions stays', () => {
    const donations = 'The society said donations from the village fete would pay for the stakes, and that subscriptions to its newsletter had doubled since January.';
    const text = bodyText(page(`<article><p>In partnership with</p>${paragraphs(STORY)}<p>${donations}</p>
<h3>Share your story</h3><p>Do you know an orchard that needs saving? Fill out the form below or write to the newsdesk.</p>
<h3>This story is funded by readers like you</h3><p>Our small newsroom is free to read. Your monthly donations help us keep it that way.</p>
<h3>Discover more from the Brackwater Gazette</h3><p>Subscribe to get the latest posts sent to your email.</p>
<p>The free weekly Valley Insider email brings every parish decision first. Subscribe here.</p><p>Fill out the form to get a copy of our orchard guide.</p></article>`));
    assertWholeStory(text);
    assert.ok(text.includes(donations), 'the sentence on donations went');
    for (const furniture of ['In partnership', 'Share your story', 'Fill out the form', 'funded by readers', 'monthly donations', 'Discover more', 'Subscribe to get', 'Valley Insider', 'orchard guide']) {
      assert.ok(!text.includes(furniture), `"${furniture}" stayed`);
    }
  });
});

describe('extract: the author\'s bio under its label', () => {
  test('"About the author" over a bio goes with its box, and a paragraph opening "About the author:" goes; a section "About the orchard" stays', () => {
    const about = 'The orchard was planted in 1890 by the Hollin family, who pressed its apples on the farm until the war.';
    const boxed = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}<h3>About the orchard</h3><p>${about}</p>${paragraphs(STORY.slice(3))}
<section class="panel"><h3>About the Author</h3><div class="panel-body"><p>${BIO}</p><p><a href="/authors/fern">@FernWrites</a></p></div></section></article>`));
    assertWholeStory(boxed);
    assert.ok(boxed.includes(about), 'the section on the orchard went');
    assert.ok(!boxed.includes('About the Author') && !boxed.includes('Fern Adeyemi') && !boxed.includes('FernWrites'), 'the bio stayed');
    const inline = bodyText(page(`<article>${paragraphs(STORY)}<p><em><strong>About the author:</strong> ${BIO}</em></p></article>`));
    assertWholeStory(inline);
    assert.ok(!inline.includes('Fern Adeyemi'), 'the bio paragraph stayed');
  });
});

describe('extract: the story\'s own sections', () => {
  test('a section\'s <header> holding its heading stays as a heading, a linked one too; a header that is mostly a date line does not', () => {
    const section = (heading: string, body: string) => `<section class="listicle-block"><header><h3>${heading}</h3></header><div><p>${body}</p></div></section>`;
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}
${section('The grafting shed', STORY[3]!)}
${section('<a href="https://orchards.example/hollin-lane">Hollin Lane field</a>', STORY[4]!)}
<section><header><h4>Notes</h4><p>Posted 2 February 2026 at half past nine in the morning by the society's secretary</p></header></section></article>`));
    assertWholeStory(text);
    assert.ok(text.includes('The grafting shed\n\n'), 'the section heading went');
    assert.ok(text.includes('Hollin Lane field\n\n'), 'the linked section heading went');
    assert.ok(!text.includes('Posted 2 February'), 'the header of a date line stayed');
  });
});

describe('extract: a table of contents and a share bar left in the story', () => {
  test('"Table of Contents Show" and its list of anchors go, and so does a label whose list is gone; a section called "Contents of the shed" stays', () => {
    const shed = 'The society keeps its grafting knives, raffia and wax in the old shed by the gate, which the parish council has agreed to re-roof.';
    const text = bodyText(page(`<article><div class="toc"><p>Table of Contents Show</p><ul><li><a href="#planting">Planting</a></li>
<li><a href="#fruit">Fruit</a></li><li><a href="#shed">Shed</a></li></ul></div>
${paragraphs(STORY.slice(0, 3))}<p>On this page</p>${paragraphs(STORY.slice(3))}
<h2>Contents of the shed</h2><p>${shed}</p></article>`));
    assertWholeStory(text);
    assert.ok(!text.includes('Table of Contents'), 'the label stayed');
    assert.ok(!text.includes('On this page'), 'the label without its list stayed');
    assert.ok(!/^Fruit$/mu.test(text), 'the list of anchors stayed');
    assert.ok(text.includes('Contents of the shed') && text.includes(shed), 'the story\'s own section went');
  });

  test('a row of share buttons named for their networks goes; a list of networks the story names stays', () => {
    const networks = ['Pinterest', 'Bluesky', 'Flipboard'];
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}
<p>The society posts its planting days on these sites, where the village's younger members look first:</p><ul>${networks.map((network) => `<li>${network}</li>`).join('')}</ul>
${paragraphs(STORY.slice(3))}<div class="row"><span>SMS</span> <span>Facebook</span> <span>Pinterest</span> <span>Email</span></div></article>`));
    assertWholeStory(text);
    for (const network of networks) assert.match(text, new RegExp(`^(?:• )?${network}$`, 'mu'), `the story's list lost ${network}`);
    assert.ok(!text.includes('SMS'), 'the share bar stayed');
  });
});

describe('extract: the site\'s offers set in the story', () => {
  test('a box with a line and a button after a paragraph goes; cards of the story\'s own with buttons, a button in a sentence and a box of facts stay', () => {
    const card = (name: string) => `<div class="card"><h3>${name}</h3><p>Grafted last winter, ready to plant.</p><a class="btn" href="https://nursery.example/${name.toLowerCase()}">Buy at the nursery</a></div>`;
    const facts = 'The field is two acres. It was last planted in 1921, when the estate gave it to the village. The lease runs for twenty-five years at a peppercorn rent, and the society may fence it. The council will mow the verges twice a year and keep the gate locked in winter.';
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 2))}
<div class="banner"><h3>Never miss a story from the valley</h3><p>Our morning email, free every weekday.</p><a class="button" href="/email">Get it free</a></div>
${paragraphs(STORY.slice(2, 4))}
<div class="box"><h3>The field in figures</h3><p>${facts}</p><a class="btn" href="/2026/01/field">Read more</a></div>
<h2>Trees on sale</h2><div class="cards">${card('Hollin Russet')}${card('Brackwater Sweet')}</div>
${paragraphs(STORY.slice(4))}</article>`));
    assertWholeStory(text);
    assert.ok(!text.includes('Never miss a story'), 'the offer stayed');
    assert.ok(!text.includes('Our morning email'), 'the offer\'s line stayed');
    assert.ok(text.includes(facts), 'the box of facts went');
    assert.match(text, /Hollin Russet/u);
    assert.match(text, /Brackwater Sweet/u);
  });

  test('an offer whose control is a plain link on a line of its own goes, after a list too; a line of one link to a document, a captioned picture with a link to its gallery and a box of sources stay', () => {
    const steps = ['Dig a hole twice as wide as the roots', 'Set the stake before the tree', 'Water once a week until midsummer'];
    const text = bodyText(page(`<article>${paragraphs(STORY.slice(0, 3))}<ul>${steps.map((step) => `<li>${step}</li>`).join('')}</ul>
<div class="panel"><h3>Trees for every garden</h3><p>Order bare-root trees from our shop before March.</p><a href="/shop">Learn more</a></div>
${paragraphs(STORY.slice(3, 4))}
<div class="note"><p>The council's decision is published in full.</p><p><a href="/files/decision.pdf">Decision (PDF)</a></p></div>
${paragraphs(STORY.slice(4, 5))}
<div class="photo"><figure><img src="https://brackwater-gazette.example/img/blossom.jpg"><figcaption>Blossom on the last of the old trees</figcaption></figure><a href="/galleries/orchard">See all photos</a></div>
<div class="sources"><ul><li><a href="/files/lease.pdf">The lease</a></li><li><a href="/files/minutes.pdf">Council minutes</a></li></ul></div></article>`));
    assertWholeStory(text);
    for (const step of steps) assert.ok(text.includes(step), `the story's list lost: ${step}`);
    assert.ok(!text.includes('Trees for every garden'), 'the offer stayed');
    assert.ok(!text.includes('Order bare-root trees'), 'the offer\'s line stayed');
    assert.match(text, /Council minutes/u);
    assert.ok(text.includes('The council\'s decision is published in full.\n\nDecision (PDF)'), 'the pointer to a document went');
    assert.match(text, /See all photos/u, 'the captioned picture\'s box went');
  });

  test('a card of buttons after a page builder\'s box of paragraphs goes, its headings with it', () => {
    const text = bodyText(page(`<article><div class="ct-rich-text">${paragraphs(STORY.slice(0, 3))}</div>
<div class="ct-block"><div class="ct-row"><h3>Hollin Russet</h3><a class="ct-link-button" href="/reviews/hollin-russet">Read the review</a></div>
<div class="ct-row"><h3>Buy from one of our trusted nursery partners:</h3><a class="ct-link-button" href="/go/nursery">Buy at the nursery</a></div></div>
<div class="ct-rich-text">${paragraphs(STORY.slice(3))}</div></article>`));
    assertWholeStory(text);
    assert.ok(!text.includes('trusted nursery partners'), 'the card\'s label stayed');
    assert.ok(!text.includes('Hollin Russet'), 'the card\'s heading stayed');
  });
});
