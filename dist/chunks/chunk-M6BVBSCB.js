import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __commonJS,
  __export,
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/third-party-web/lib/create-entity-finder-api.js
var require_create_entity_finder_api = __commonJS({
  "node_modules/third-party-web/lib/create-entity-finder-api.js"(exports, module) {
    var DOMAIN_IN_URL_REGEX = /:\/\/(\S*?)(:\d+)?(\/|$)/;
    var DOMAIN_CHARACTERS = /(?:[a-z0-9.-]+\.[a-z0-9]+|localhost)/i;
    var IP_REGEX = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
    var ROOT_DOMAIN_REGEX = /[^.]+\.([^.]+|(gov|com|co|ne)\.\w{2})$/i;
    function parseDomains(originOrURL) {
      if (typeof originOrURL !== "string") return [null, null];
      if (originOrURL.length > 1e4 || originOrURL.startsWith("data:")) return [null, null];
      let m = originOrURL.match(DOMAIN_IN_URL_REGEX);
      let domain;
      if (m) {
        domain = m[1];
      }
      m = originOrURL.match(DOMAIN_CHARACTERS);
      if (m) {
        domain = m[0];
      }
      if (!domain) return [null, null];
      if (IP_REGEX.test(domain)) return [domain, domain];
      m = domain.match(ROOT_DOMAIN_REGEX);
      const rootDomain = m && m[0] || domain;
      return [rootDomain, domain];
    }
    __name(parseDomains, "parseDomains");
    function getRootDomain(originOrURL) {
      return parseDomains(originOrURL)[0];
    }
    __name(getRootDomain, "getRootDomain");
    function sliceSubdomainFromDomain(domain, rootDomain) {
      if (domain.length <= rootDomain.length) return domain;
      return domain.split(".").slice(1).join(".");
    }
    __name(sliceSubdomainFromDomain, "sliceSubdomainFromDomain");
    function getEntityInDataset(entityByDomain, entityBySubDomain, entityByRootDomain, originOrURL) {
      const [rootDomain, domain] = parseDomains(originOrURL);
      if (!domain || !rootDomain) return void 0;
      if (entityByDomain.has(domain)) return entityByDomain.get(domain);
      for (let subdomain = domain; subdomain.length > rootDomain.length; subdomain = sliceSubdomainFromDomain(subdomain, rootDomain)) {
        if (entityBySubDomain.has(subdomain)) return entityBySubDomain.get(subdomain);
      }
      if (entityByRootDomain.has(rootDomain)) return entityByRootDomain.get(rootDomain);
      return void 0;
    }
    __name(getEntityInDataset, "getEntityInDataset");
    function getProductInDataset(entityByDomain, entityBySubDomain, entityByRootDomain, originOrURL) {
      const entity = getEntityInDataset(
        entityByDomain,
        entityBySubDomain,
        entityByRootDomain,
        originOrURL
      );
      const products = entity && entity.products;
      if (!products) return void 0;
      if (typeof originOrURL !== "string") return void 0;
      for (const product of products) {
        for (const pattern of product.urlPatterns) {
          if (pattern instanceof RegExp && pattern.test(originOrURL)) return product;
          if (typeof pattern === "string" && originOrURL.includes(pattern)) return product;
        }
      }
      return void 0;
    }
    __name(getProductInDataset, "getProductInDataset");
    function cloneEntities(entities) {
      return entities.map((entity_) => {
        const entity = {
          company: entity_.name,
          categories: [entity_.category],
          ...entity_
        };
        const products = (entity_.products || []).map((product) => ({
          company: entity.company,
          category: entity.category,
          categories: [entity.category],
          facades: [],
          ...product,
          urlPatterns: (product.urlPatterns || []).map(
            (s) => s.startsWith("REGEXP:") ? new RegExp(s.slice("REGEXP:".length)) : s
          )
        }));
        entity.products = products;
        return entity;
      });
    }
    __name(cloneEntities, "cloneEntities");
    function createAPIFromDataset(entities_) {
      const entities = cloneEntities(entities_);
      const entityByDomain = /* @__PURE__ */ new Map();
      const entityByRootDomain = /* @__PURE__ */ new Map();
      const entityBySubDomain = /* @__PURE__ */ new Map();
      for (const entity of entities) {
        entity.totalExecutionTime = Number(entity.totalExecutionTime) || 0;
        entity.totalOccurrences = Number(entity.totalOccurrences) || 0;
        entity.averageExecutionTime = entity.totalExecutionTime / entity.totalOccurrences;
        for (const domain of entity.domains) {
          if (entityByDomain.has(domain)) {
            const duplicate = entityByDomain.get(domain);
            throw new Error(`Duplicate domain ${domain} (${entity.name} and ${duplicate.name})`);
          }
          entityByDomain.set(domain, entity);
          const rootDomain = getRootDomain(domain);
          if (domain.startsWith("*.")) {
            const wildcardDomain = domain.slice(2);
            if (wildcardDomain === rootDomain) entityByRootDomain.set(rootDomain, entity);
            else entityBySubDomain.set(wildcardDomain, entity);
          }
        }
      }
      for (const [rootDomain, entity] of entityByRootDomain.entries()) {
        if (!entity) entityByRootDomain.delete(rootDomain);
      }
      const getEntity = getEntityInDataset.bind(
        null,
        entityByDomain,
        entityBySubDomain,
        entityByRootDomain
      );
      const getProduct = getProductInDataset.bind(
        null,
        entityByDomain,
        entityBySubDomain,
        entityByRootDomain
      );
      return { getEntity, getProduct, getRootDomain, entities };
    }
    __name(createAPIFromDataset, "createAPIFromDataset");
    module.exports = { createAPIFromDataset };
  }
});

// node_modules/third-party-web/dist/entities.json
var require_entities = __commonJS({
  "node_modules/third-party-web/dist/entities.json"(exports, module) {
    module.exports = [{ name: "Google/Doubleclick Ads", company: "Google", homepage: "https://marketingplatform.google.com/about/enterprise/", category: "ad", domains: ["adservice.google.com", "adservice.google.com.au", "adservice.google.com.sg", "adservice.google.com.br", "adservice.google.com.ua", "adservice.google.co.uk", "adservice.google.co.jp", "adservice.google.co.in", "adservice.google.co.kr", "adservice.google.co.id", "adservice.google.co.nz", "adservice.google.ie", "adservice.google.se", "adservice.google.de", "adservice.google.ca", "adservice.google.be", "adservice.google.es", "adservice.google.ch", "adservice.google.fr", "adservice.google.nl", "*.googleadservices.com", "*.googlesyndication.com", "*.googletagservices.com", "*.2mdn.net", "*.doubleclick.net"], examples: ["pagead2.googlesyndication.com", "tpc.googlesyndication.com", "ade.googlesyndication.com", "googleads.g.doubleclick.net", "googleads4.g.doubleclick.net", "securepubads.g.doubleclick.net", "pubads.g.doubleclick.net", "static.doubleclick.net", "cm.g.doubleclick.net", "bid.g.doubleclick.net", "s0.2mdn.net", "stats.g.doubleclick.net", "survey.g.doubleclick.net", "fls.doubleclick.net", "ad.doubleclick.net", "www.googleadservices.com", "https://www.googletagservices.com/tag/js/gpt.js"], totalExecutionTime: 3459579899, totalOccurrences: 1961236 }, { name: "Facebook", homepage: "https://www.facebook.com", category: "social", domains: ["*.facebook.com", "*.atlassbx.com", "*.fbsbx.com", "fbcdn-photos-e-a.akamaihd.net", "*.facebook.net", "*.fbcdn.net"], examples: ["www.facebook.com", "connect.facebook.net", "staticxx.facebook.com", "static.xx.fbcdn.net", "m.facebook.com", "an.facebook.com", "platform-lookaside.fbsbx.com"], products: [{ name: "Facebook Messenger Customer Chat", urlPatterns: ["REGEXP:connect\\.facebook\\.net\\/.*\\/sdk\\/xfbml\\.customerchat\\.js"], facades: [{ name: "React Live Chat Loader", repo: "https://github.com/calibreapp/react-live-chat-loader" }] }], totalExecutionTime: 2901178836, totalOccurrences: 5647056 }, { name: "Instagram", homepage: "https://www.instagram.com", category: "social", domains: ["*.cdninstagram.com", "*.instagram.com"], examples: ["scontent.cdninstagram.com"], totalExecutionTime: 78110346, totalOccurrences: 54666 }, { name: "Google CDN", company: "Google", homepage: "https://developers.google.com/speed/libraries/", category: "cdn", domains: ["ajax.googleapis.com", "commondatastorage.googleapis.com", "www.gstatic.com", "ssl.gstatic.com"], totalExecutionTime: 11917719385, totalOccurrences: 5820680 }, { name: "Google Maps", company: "Google", homepage: "https://www.google.com/maps", category: "utility", domains: ["maps.google.com", "maps-api-ssl.google.com", "maps.googleapis.com", "mts.googleapis.com", "mt.googleapis.com", "mt0.googleapis.com", "mt1.googleapis.com", "mt2.googleapis.com", "mt3.googleapis.com", "khm0.googleapis.com", "khm1.googleapis.com", "khms.googleapis.com", "khms1.googleapis.com", "khms2.googleapis.com", "maps.gstatic.com"], totalExecutionTime: 1865201591, totalOccurrences: 2039858 }, { name: "Other Google APIs/SDKs", company: "Google", homepage: "https://developers.google.com/apis-explorer/#p/", category: "utility", domains: ["accounts.google.com", "apis.google.com", "calendar.google.com", "clients2.google.com", "cse.google.com", "news.google.com", "pay.google.com", "payments.google.com", "play.google.com", "smartlock.google.com", "www.google.com", "www.google.de", "www.google.co.jp", "www.google.com.au", "www.google.co.uk", "www.google.ie", "www.google.com.sg", "www.google.co.in", "www.google.com.br", "www.google.ca", "www.google.co.kr", "www.google.co.nz", "www.google.co.id", "www.google.fr", "www.google.be", "www.google.com.ua", "www.google.nl", "www.google.ru", "www.google.se", "www.googleapis.com", "imasdk.googleapis.com", "storage.googleapis.com", "translate.googleapis.com", "translate.google.com", "translate-pa.googleapis.com", "lh3.googleusercontent.com", "jnn-pa.googleapis.com", "csi.gstatic.com"], totalExecutionTime: 2391624884, totalOccurrences: 5180657 }, { name: "Firebase", homepage: "https://developers.google.com/apis-explorer/#p/", category: "utility", domains: ["firebasestorage.googleapis.com", "firestore.googleapis.com", "firebaseinstallations.googleapis.com", "firebase.googleapis.com", "firebaseremoteconfig.googleapis.com"], totalExecutionTime: 153892, totalOccurrences: 621 }, { name: "Google Analytics", company: "Google", homepage: "https://marketingplatform.google.com/about/analytics/", category: "analytics", domains: ["*.google-analytics.com", "*.urchin.com", "analytics.google.com"], examples: ["www.google-analytics.com", "ssl.google-analytics.com", "analytics.google.com/g/collect"], totalExecutionTime: 545546650, totalOccurrences: 5063984 }, { name: "Google Optimize", company: "Google", homepage: "https://marketingplatform.google.com/about/optimize/", category: "analytics", domains: ["www.googleoptimize.com"], examples: ["https://www.googleoptimize.com/optimize.js?id="], totalExecutionTime: 17504743, totalOccurrences: 48571 }, { name: "Google AMP", company: "Google", homepage: "https://github.com/google/amp-client-id-library", category: "analytics", domains: ["ampcid.google.com"] }, { name: "Google Tag Manager", company: "Google", homepage: "https://marketingplatform.google.com/about/tag-manager/", category: "tag-manager", domains: ["*.googletagmanager.com"], examples: ["www.googletagmanager.com"], totalExecutionTime: 16019993561, totalOccurrences: 15022156 }, { name: "Google Fonts", company: "Google", homepage: "https://fonts.google.com/", category: "cdn", domains: ["fonts.googleapis.com", "fonts.gstatic.com"], totalExecutionTime: 422150, totalOccurrences: 296727 }, { name: "Adobe TypeKit", company: "Adobe", homepage: "https://fonts.adobe.com/", category: "cdn", domains: ["*.typekit.com", "*.typekit.net"], examples: ["use.typekit.net", "p.typekit.net"], totalExecutionTime: 142315844, totalOccurrences: 205876 }, { name: "YouTube", homepage: "https://youtube.com", category: "video", domains: ["*.youtube.com", "*.ggpht.com", "*.youtube-nocookie.com", "*.ytimg.com"], examples: ["www.youtube.com", "s.ytimg.com", "yt3.ggpht.com", "img.youtube.com", "fcmatch.youtube.com"], products: [{ name: "YouTube Embedded Player", urlPatterns: ["youtube.com/embed/"], facades: [{ name: "Lite YouTube", repo: "https://github.com/paulirish/lite-youtube-embed" }, { name: "Ngx Lite Video", repo: "https://github.com/karim-mamdouh/ngx-lite-video" }] }], totalExecutionTime: 8191419138, totalOccurrences: 1300771 }, { name: "Twitter", homepage: "https://twitter.com", category: "social", domains: ["*.vine.co", "*.twimg.com", "*.twitpic.com", "platform.twitter.com", "syndication.twitter.com"], examples: ["cdn.syndication.twimg.com", "abs.twimg.com", "pbs.twimg.com"], totalExecutionTime: 254976289, totalOccurrences: 477641 }, { name: "AddThis", homepage: "https://www.addthis.com/", category: "social", domains: ["*.addthis.com", "*.addthiscdn.com", "*.addthisedge.com"], examples: ["s7.addthis.com", "r.dlx.addthis.com", "su.addthis.com", "x.dlx.addthis.com"] }, { name: "AddToAny", homepage: "https://www.addtoany.com/", category: "social", domains: ["*.addtoany.com"], examples: ["static.addtoany.com"], totalExecutionTime: 21165245, totalOccurrences: 150218 }, { name: "Akamai", homepage: "https://www.akamai.com/", category: "cdn", domains: ["23.62.3.183", "*.akamaitechnologies.com", "*.akamaitechnologies.fr", "*.akamai.net", "*.akamaiedge.net", "*.akamaihd.net", "*.akamaized.net", "*.edgefcs.net", "*.edgekey.net", "edgesuite.net", "*.srip.net"], totalExecutionTime: 4476786, totalOccurrences: 13493 }, { name: "Blogger", homepage: "https://www.blogger.com/", category: "hosting", domains: ["*.blogblog.com", "*.blogger.com", "*.blogspot.com", "images-blogger-opensocial.googleusercontent.com"], examples: ["1.bp.blogspot.com", "www.blogger.com"], totalExecutionTime: 247158811, totalOccurrences: 315132 }, { name: "Gravatar", homepage: "https://en.gravatar.com/", category: "social", domains: ["*.gravatar.com"], examples: ["secure.gravatar.com", "www.gravatar.com"], totalExecutionTime: 24221, totalOccurrences: 86 }, { name: "Yandex Metrica", company: "Yandex", homepage: "https://metrica.yandex.com/about?", category: "analytics", domains: ["mc.yandex.ru", "mc.yandex.com", "d31j93rd8oukbv.cloudfront.net"], totalExecutionTime: 2438694259, totalOccurrences: 1006546 }, { name: "Hotjar", homepage: "https://www.hotjar.com/", category: "analytics", domains: ["*.hotjar.com", "*.hotjar.io"], examples: ["script.hotjar.com", "static.hotjar.com", "in.hotjar.com", "vc.hotjar.io", "vars.hotjar.com"], totalExecutionTime: 369578409, totalOccurrences: 504590 }, { name: "Baidu Analytics", homepage: "https://tongji.baidu.com/web/welcome/login", category: "analytics", domains: ["hm.baidu.com", "hmcdn.baidu.com"], examples: ["hm.baidu.com", "hmcdn.baidu.com"], totalExecutionTime: 10798247, totalOccurrences: 41491 }, { name: "Insider", homepage: "", category: "analytics", domains: ["*.useinsider.com"], examples: ["hit.api.useinsider.com"], totalExecutionTime: 3965863, totalOccurrences: 3734 }, { name: "Adobe Experience Cloud", company: "Adobe", homepage: "", category: "analytics", domains: ["*.2o7.net", "du8783wkf05yr.cloudfront.net", "*.hitbox.com", "*.imageg.net", "*.nedstat.com", "*.omtrdc.net"], examples: ["audiag.112.2o7.net", "du8783wkf05yr.cloudfront.net/NS_mbox.js"], totalExecutionTime: 901, totalOccurrences: 19 }, { name: "Adobe Tag Manager", company: "Adobe", homepage: "https://www.adobe.com/experience-platform/", category: "tag-manager", domains: ["*.adobedtm.com", "*.demdex.net", "*.everesttech.net", "sstats.adobe.com", "hbrt.adobe.com"], examples: ["assets.adobedtm.com", "sync-tm.everesttech.net", "cm.everesttech.net"], totalExecutionTime: 72367173, totalOccurrences: 105342 }, { name: "jQuery CDN", homepage: "https://code.jquery.com/", category: "cdn", domains: ["*.jquery.com"], examples: ["code.jquery.com"], totalExecutionTime: 379420944, totalOccurrences: 1242364 }, { name: "Cloudflare CDN", homepage: "https://cdnjs.com/", category: "cdn", domains: ["cdnjs.cloudflare.com", "amp.cloudflare.com"], totalExecutionTime: 472372357, totalOccurrences: 1256794 }, { name: "Cloudflare", homepage: "https://www.cloudflare.com/website-optimization/", category: "utility", domains: ["ajax.cloudflare.com", "*.nel.cloudflare.com", "static.cloudflareinsights.com"], totalExecutionTime: 222738706, totalOccurrences: 3305625 }, { name: "WordPress", company: "Automattic", homepage: "https://wp.com/", category: "hosting", domains: ["*.wordpress.com", "s0.wp.com", "s2.wp.com", "*.w.org", "c0.wp.com", "s1.wp.com", "i0.wp.com", "i1.wp.com", "i2.wp.com", "widgets.wp.com"], examples: ["s.w.org"], totalExecutionTime: 243222642, totalOccurrences: 423687 }, { name: "WordPress Site Stats", company: "Automattic", homepage: "https://wp.com/", category: "analytics", domains: ["pixel.wp.com", "stats.wp.com"], totalExecutionTime: 10146811, totalOccurrences: 154885 }, { name: "Hatena Blog", homepage: "https://hatenablog.com/", category: "hosting", domains: ["*.st-hatena.com", "*.hatena.ne.jp"], examples: ["cdn.blog.st-hatena.com", "cdn.pool.st-hatena.com", "cdn7.www.st-hatena.com", "s.hatena.ne.jp", "b.st-hatena.com"], totalExecutionTime: 194880081, totalOccurrences: 80661 }, { name: "Shopify", homepage: "https://www.shopify.com/", category: "hosting", domains: ["*.shopify.com", "*.shopifyapps.com", "*.shopifycdn.com", "*.shopifysvc.com"], examples: ["cdn.shopify.com", "productreviews.shopifycdn.com", "monorail-edge.shopifysvc.com"], totalExecutionTime: 1010755528, totalOccurrences: 904653 }, { name: "Dealer", homepage: "https://www.dealer.com/", category: "hosting", domains: ["*.dealer.com"], examples: ["static.dealer.com"], totalExecutionTime: 2828379, totalOccurrences: 4584 }, { name: "PIXNET", homepage: "https://www.pixnet.net/", category: "social", domains: ["*.pixfs.net", "*.pixnet.net"], examples: ["front.pixfs.net", "falcon-asset.pixfs.net", "pixgame-asset.pixfs.net"], totalExecutionTime: 4343168, totalOccurrences: 10383 }, { name: "Moat", homepage: "https://moat.com/", category: "ad", domains: ["*.moatads.com", "*.moatpixel.com"], examples: ["z.moatads.com", "px.moatads.com", "geo.moatads.com", "sejs.moatads.com", "mb.moatads.com", "v4.moatads.com"] }, { name: "33 Across", homepage: "https://33across.com/", category: "ad", domains: ["*.33across.com"], examples: ["sic.33across.com", "cdn-sic.33across.com"], totalExecutionTime: 6204792, totalOccurrences: 99190 }, { name: "OpenX", homepage: "https://www.openx.com/", category: "ad", domains: ["*.deliverimp.com", "*.openxadexchange.com", "*.servedbyopenx.com", "*.jump-time.net", "*.openx.net", "*.openxcdn.net"], examples: ["uk-ads.openx.net", "us-ads.openx.net", "33across-d.openx.net", "rtb.openx.net", "us-u.openx.net", "eu-u.openx.net", "u.openx.net"], totalExecutionTime: 6884249, totalOccurrences: 104910 }, { name: "Amazon Ads", homepage: "https://ad.amazon.com/", category: "ad", domains: ["*.amazon-adsystem.com"], examples: ["s.amazon-adsystem.com", "c.amazon-adsystem.com", "aax.amazon-adsystem.com", "z-na.amazon-adsystem.com", "fls-na.amazon-adsystem.com", "aax-us-east.amazon-adsystem.com", "ir-na.amazon-adsystem.com"], totalExecutionTime: 176345292, totalOccurrences: 259877 }, { name: "Rubicon Project", homepage: "https://rubiconproject.com/", category: "ad", domains: ["*.rubiconproject.com", "*.chango.com", "*.fimserve.com"], examples: ["pixel.rubiconproject.com", "fastlane.rubiconproject.com", "secure-assets.rubiconproject.com", "eus.rubiconproject.com", "pixel-us-east.rubiconproject.com", "token.rubiconproject.com", "ads.rubiconproject.com"], totalExecutionTime: 388575903, totalOccurrences: 265501 }, { name: "The Trade Desk", homepage: "https://www.thetradedesk.com/", category: "ad", domains: ["*.adsrvr.org", "d1eoo1tco6rr5e.cloudfront.net"], examples: ["js.adsrvr.org", "match.adsrvr.org", "insight.adsrvr.org", "usw-lax.adsrvr.org", "data.adsrvr.org", "snap.adsrvr.org"], totalExecutionTime: 5130602, totalOccurrences: 72308 }, { name: "Bidswitch", homepage: "https://www.bidswitch.com/", category: "ad", domains: ["*.bidswitch.net"], examples: ["x.bidswitch.net"], totalExecutionTime: 552, totalOccurrences: 52 }, { name: "LiveRamp IdentityLink", homepage: "https://liveramp.com/discover-identitylink/", category: "analytics", domains: ["*.circulate.com", "*.rlcdn.com"], examples: ["idsync.rlcdn.com", "id.rlcdn.com", "api.rlcdn.com", "cdn.rlcdn.com"], totalExecutionTime: 99387, totalOccurrences: 1434 }, { name: "Drawbridge", homepage: "https://www.drawbridge.com/", category: "ad", domains: ["*.adsymptotic.com"] }, { name: "AOL / Oath / Verizon Media", homepage: "https://www.oath.com/", category: "ad", domains: ["*.advertising.com", "*.aol.com", "*.aolcdn.com", "*.blogsmithmedia.com", "*.oath.com", "*.aol.net", "*.tacoda.net", "*.aol.co.uk"], examples: ["pixel.advertising.com", "dtm.advertising.com", "tag.sp.advertising.com", "service.sp.advertising.com", "adtech.advertising.com", "adaptv.advertising.com", "mighty.aol.net", "consent.cmp.oath.com"], totalExecutionTime: 101420, totalOccurrences: 185 }, { name: "Xaxis", homepage: "https://www.xaxis.com/", category: "ad", domains: ["*.247realmedia.com", "*.mookie1.com", "*.gmads.net"], examples: ["t.mookie1.com", "odr.mookie1.com"], totalExecutionTime: 25970, totalOccurrences: 337 }, { name: "Freshdesk", company: "Freshworks", homepage: "https://freshdesk.com/", category: "customer-success", domains: ["d36mpcpuzc4ztk.cloudfront.net"], totalExecutionTime: 78926, totalOccurrences: 281 }, { name: "Help Scout", homepage: "https://www.helpscout.net/", category: "customer-success", domains: ["djtflbt20bdde.cloudfront.net", "*.helpscout.net"], examples: ["beacon-v2.helpscout.net"], products: [{ name: "Help Scout Beacon", urlPatterns: ["beacon-v2.helpscout.net"], facades: [{ name: "React Live Chat Loader", repo: "https://github.com/calibreapp/react-live-chat-loader" }] }], totalExecutionTime: 3884383, totalOccurrences: 9087 }, { name: "Alexa", homepage: "https://www.alexa.com/", category: "analytics", domains: ["*.alexametrics.com", "d31qbv1cthcecs.cloudfront.net"], examples: ["certify.alexametrics.com"] }, { name: "OneSignal", homepage: "https://onesignal.com/", category: "utility", domains: ["*.onesignal.com"], examples: ["cdn.onesignal.com", "https://onesignal.com/api/v1/sync/"], totalExecutionTime: 19827685, totalOccurrences: 107007 }, { name: "Lucky Orange", homepage: "https://www.luckyorange.com/", category: "analytics", domains: ["*.luckyorange.com", "d10lpsik1i8c69.cloudfront.net", "*.luckyorange.net"], totalExecutionTime: 19195085, totalOccurrences: 50509 }, { name: "Crazy Egg", homepage: "https://www.crazyegg.com/", category: "analytics", domains: ["*.cetrk.com", "*.crazyegg.com", "dnn506yrbagrg.cloudfront.net"], totalExecutionTime: 55416734, totalOccurrences: 66686 }, { name: "Hello Bar", homepage: "https://www.hellobar.com/", category: "marketing", domains: ["*.hellobar.com"], totalExecutionTime: 2368383, totalOccurrences: 5651 }, { name: "Yandex Ads", company: "Yandex", homepage: "https://yandex.com/adv/", category: "ad", domains: ["an.yandex.ru"], totalExecutionTime: 26150532, totalOccurrences: 15217 }, { name: "Salesforce", homepage: "https://www.salesforce.com/products/marketing-cloud/", category: "analytics", domains: ["*.krxd.net"], examples: ["cdn.krxd.net", "beacon.krxd.net", "consumer.krxd.net", "usermatch.krxd.net"] }, { name: "Salesforce Commerce Cloud", homepage: "https://www.salesforce.com/products/commerce-cloud/overview/", category: "hosting", domains: ["*.cquotient.com", "*.demandware.net", "demandware.edgesuite.net"], totalExecutionTime: 3753078, totalOccurrences: 7113 }, { name: "Optimizely", homepage: "https://www.optimizely.com/", category: "analytics", domains: ["*.optimizely.com"], examples: ["cdn.optimizely.com", "cdn-pci.optimizely.com", "logx.optimizely.com", "cdn3.optimizely.com"], totalExecutionTime: 22459811, totalOccurrences: 25015 }, { name: "LiveChat", homepage: "https://www.livechat.com/", category: "customer-success", domains: ["*.livechatinc.com", "*.livechat.com", "*.livechat-static.com"], examples: ["cdn.livechatinc.com", "secure.livechatinc.com"], totalExecutionTime: 70130927, totalOccurrences: 62860 }, { name: "VK", homepage: "https://vk.com/", category: "social", domains: ["*.vk.com"], totalExecutionTime: 110174928, totalOccurrences: 27267 }, { name: "Tumblr", homepage: "https://tumblr.com/", category: "social", domains: ["*.tumblr.com"], examples: ["assets.tumblr.com", "static.tumblr.com"], totalExecutionTime: 58206248, totalOccurrences: 24030 }, { name: "Wistia", homepage: "https://wistia.com/", category: "video", domains: ["*.wistia.com", "embedwistia-a.akamaihd.net", "*.wistia.net"], examples: ["fast.wistia.com", "fast.wistia.net", "distillery.wistia.com", "pipedream.wistia.com"], totalExecutionTime: 181867368, totalOccurrences: 36349 }, { name: "Brightcove", homepage: "https://www.brightcove.com/en/", category: "video", domains: ["*.brightcove.com", "*.brightcove.net", "*.zencdn.net"], examples: ["vjs.zencdn.net", "players.brightcove.net"], totalExecutionTime: 27267630, totalOccurrences: 26891 }, { name: "JSDelivr CDN", homepage: "https://www.jsdelivr.com/", category: "cdn", domains: ["*.jsdelivr.net"], examples: ["cdn.jsdelivr.net"], totalExecutionTime: 535071114, totalOccurrences: 1035485 }, { name: "Sumo", homepage: "https://sumo.com/", category: "marketing", domains: ["*.sumo.com", "*.sumome.com", "sumo.b-cdn.net"], examples: ["sumo.b-cdn.net", "load.sumo.com", "load.sumome.com"], totalExecutionTime: 19166363, totalOccurrences: 13967 }, { name: "Vimeo", homepage: "https://vimeo.com/", category: "video", domains: ["*.vimeo.com", "*.vimeocdn.com"], examples: ["f.vimeocdn.com", "player.vimeo.com", "i.vimeocdn.com"], products: [{ name: "Vimeo Embedded Player", urlPatterns: ["player.vimeo.com/video/"], facades: [{ name: "Lite Vimeo", repo: "https://github.com/slightlyoff/lite-vimeo" }, { name: "Lite Vimeo Embed", repo: "https://github.com/luwes/lite-vimeo-embed" }, { name: "Ngx Lite Video", repo: "https://github.com/karim-mamdouh/ngx-lite-video" }] }], totalExecutionTime: 747201557, totalOccurrences: 182269 }, { name: "Disqus", homepage: "https://disqus.com/", category: "social", domains: ["*.disqus.com", "*.disquscdn.com"], examples: ["c.disquscdn.com"], totalExecutionTime: 39398580, totalOccurrences: 14145 }, { name: "Yandex APIs", company: "Yandex", homepage: "https://yandex.ru/", category: "utility", domains: ["api-maps.yandex.ru", "money.yandex.ru"], totalExecutionTime: 28215447, totalOccurrences: 79640 }, { name: "Yandex CDN", company: "Yandex", homepage: "https://yandex.ru/", category: "cdn", domains: ["*.yandex.st", "*.yastatic.net"], examples: ["https://yastatic.net/share2/share.js", "https://yastatic.net/jquery/2.1.4/jquery.min.js"], totalExecutionTime: 218390215, totalOccurrences: 58643 }, { name: "Integral Ad Science", homepage: "https://integralads.com/uk/", category: "ad", domains: ["*.adsafeprotected.com", "*.iasds01.com"], examples: ["pixel.adsafeprotected.com", "static.adsafeprotected.com", "fw.adsafeprotected.com", "cdn.adsafeprotected.com", "dt.adsafeprotected.com"], totalExecutionTime: 23347534, totalOccurrences: 16502 }, { name: "Tealium", homepage: "https://tealium.com/", category: "tag-manager", domains: ["*.aniview.com", "*.delvenetworks.com", "*.limelight.com", "*.tiqcdn.com", "*.llnwd.net", "*.tealiumiq.com"], examples: ["tags.tiqcdn.com", "tealium.hs.llnwd.net", "link.videoplatform.limelight.com", "datacloud.tealiumiq.com"], totalExecutionTime: 38049383, totalOccurrences: 134480 }, { name: "Pubmatic", homepage: "https://pubmatic.com/", category: "ad", domains: ["*.pubmatic.com"], examples: ["image6.pubmatic.com", "ads.pubmatic.com", "image2.pubmatic.com", "simage2.pubmatic.com", "image4.pubmatic.com", "simage4.pubmatic.com", "image5.pubmatic.com", "hbopenbid.pubmatic.com"], totalExecutionTime: 420760815, totalOccurrences: 268195 }, { name: "Olark", homepage: "https://www.olark.com/", category: "customer-success", domains: ["*.olark.com"], examples: ["static.olark.com"], totalExecutionTime: 12414750, totalOccurrences: 8448 }, { name: "Tawk.to", homepage: "https://www.tawk.to/", category: "customer-success", domains: ["*.tawk.to"], examples: ["embed.tawk.to"], totalExecutionTime: 77701079, totalOccurrences: 176551 }, { name: "OptinMonster", homepage: "https://optinmonster.com/", category: "marketing", domains: ["*.opmnstr.com", "*.optmnstr.com", "*.optmstr.com"], examples: ["a.optmstr.com", "api.opmnstr.com", "a.optmnstr.com"], totalExecutionTime: 1267523, totalOccurrences: 2680 }, { name: "ZenDesk", homepage: "https://zendesk.com/", category: "customer-success", domains: ["*.zdassets.com", "*.zendesk.com", "*.zopim.com"], examples: ["assets.zendesk.com", "static.zdassets.com", "v2.zopim.com"], totalExecutionTime: 240516094, totalOccurrences: 111484 }, { name: "Pusher", homepage: "https://pusher.com/", category: "utility", domains: ["*.pusher.com", "*.pusherapp.com"], examples: ["stats.pusher.com"], totalExecutionTime: 251023, totalOccurrences: 3517 }, { name: "Drift", homepage: "https://www.drift.com/", category: "marketing", domains: ["*.drift.com", "*.driftt.com"], examples: ["js.driftt.com", "api.drift.com"], products: [{ name: "Drift Live Chat", urlPatterns: ["REGEXP:js\\.driftt\\.com\\/include\\/.*\\/.*\\.js"], facades: [{ name: "React Live Chat Loader", repo: "https://github.com/calibreapp/react-live-chat-loader" }] }], totalExecutionTime: 19064203, totalOccurrences: 4339 }, { name: "Sentry", homepage: "https://sentry.io/", category: "utility", domains: ["*.getsentry.com", "*.ravenjs.com", "*.sentry-cdn.com", "*.sentry.io"], examples: ["cdn.ravenjs.com", "browser.sentry-cdn.com"], totalExecutionTime: 92768611, totalOccurrences: 432164 }, { name: "Amazon Web Services", homepage: "https://aws.amazon.com/s3/", category: "other", domains: ["*.amazon.com", "*.amazonaws.com", "*.amazonwebapps.com", "*.amazonwebservices.com", "*.elasticbeanstalk.com", "*.images-amazon.com", "*.amazon.co.uk"], examples: ["s3.amazonaws.com", "us-east-1.amazonaws.com", "api-cdn.amazon.com", "ecx.images-amazon.com", "ws.amazon.co.uk"], totalExecutionTime: 61814887, totalOccurrences: 229350 }, { name: "Amazon Pay", homepage: "https://pay.amazon.com", category: "utility", domains: ["payments.amazon.com", "*.payments-amazon.com"], totalExecutionTime: 2910153, totalOccurrences: 15402 }, { name: "Media.net", homepage: "https://www.media.net/", category: "ad", domains: ["*.media.net", "*.mnet-ad.net"], examples: ["contextual.media.net", "cdnwest-xch.media.net", "hbx.media.net", "cs.media.net", "hblg.media.net"], totalExecutionTime: 1868053, totalOccurrences: 29559 }, { name: "Yahoo!", homepage: "https://www.yahoo.com/", category: "ad", domains: ["*.bluelithium.com", "*.hostingprod.com", "*.lexity.com", "*.yahoo.com", "*.yahooapis.com", "*.yimg.com", "*.zenfs.com", "*.yahoo.net"], examples: ["ads.yahoo.com", "analytics.yahoo.com", "geo.yahoo.com", "udc.yahoo.com", "ganon.yahoo.com", "ads.yap.yahoo.com"], totalExecutionTime: 3074376, totalOccurrences: 34921 }, { name: "Adroll", homepage: "https://www.adroll.com/", category: "ad", domains: ["*.adroll.com"], examples: ["d.adroll.com", "s.adroll.com"], totalExecutionTime: 20213918, totalOccurrences: 52763 }, { name: "Twitch", homepage: "https://twitch.tv/", category: "video", domains: ["*.twitch.tv"], examples: ["player.twitch.tv"], totalExecutionTime: 32587374, totalOccurrences: 1648 }, { name: "Taboola", homepage: "https://www.taboola.com/", category: "ad", domains: ["*.taboola.com", "*.taboolasyndication.com"], examples: ["cdn.taboola.com", "trc.taboola.com", "vidstat.taboola.com", "images.taboola.com"], totalExecutionTime: 86301332, totalOccurrences: 75793 }, { name: "Sizmek", homepage: "https://www.sizmek.com/", category: "ad", domains: ["*.serving-sys.com", "*.peer39.net"], examples: ["secure-ds.serving-sys.com", "ds.serving-sys.com", "bs.serving-sys.com"] }, { name: "Scorecard Research", homepage: "https://www.scorecardresearch.com/", category: "ad", domains: ["*.scorecardresearch.com"], examples: ["sb.scorecardresearch.com", "sa.scorecardresearch.com", "b.scorecardresearch.com"], totalExecutionTime: 6789323, totalOccurrences: 81502 }, { name: "Criteo", homepage: "https://www.criteo.com/", category: "ad", domains: ["*.criteo.com", "*.emailretargeting.com", "*.criteo.net"], examples: ["static.criteo.net", "bidder.criteo.com", "dis.criteo.com", "gum.criteo.com", "sslwidget.criteo.com", "dis.us.criteo.com"], totalExecutionTime: 50800892, totalOccurrences: 294063 }, { name: "Segment", homepage: "https://segment.com/", category: "analytics", domains: ["*.segment.com", "*.segment.io"], examples: ["cdn.segment.com", "api.segment.io"], totalExecutionTime: 17216068, totalOccurrences: 44986 }, { name: "ShareThis", homepage: "https://www.sharethis.com/", category: "social", domains: ["*.sharethis.com"], examples: ["w.sharethis.com", "ws.sharethis.com", "t.sharethis.com"], totalExecutionTime: 51786126, totalOccurrences: 144014 }, { name: "Distil Networks", homepage: "https://www.distilnetworks.com/", category: "utility", domains: ["*.areyouahuman.com"], examples: ["n-cdn.areyouahuman.com"] }, { name: "Connexity", homepage: "https://connexity.com/", category: "analytics", domains: ["*.connexity.net"] }, { name: "Popads", homepage: "https://www.popads.net/", category: "ad", domains: ["*.popads.net"], examples: ["serve.popads.net", "c1.popads.net"], totalExecutionTime: 823693, totalOccurrences: 595 }, { name: "CreateJS CDN", homepage: "https://code.createjs.com/", category: "cdn", domains: ["*.createjs.com"], examples: ["code.createjs.com"], totalExecutionTime: 14701208, totalOccurrences: 5024 }, { name: "Squarespace", homepage: "https://www.squarespace.com/", category: "hosting", domains: ["*.squarespace.com"], examples: ["static.squarespace.com", "static1.squarespace.com"], totalExecutionTime: 1752202147, totalOccurrences: 489740 }, { name: "Media Math", homepage: "https://www.mediamath.com/", category: "ad", domains: ["*.mathads.com", "*.mathtag.com"], examples: ["mathid.mathtag.com", "sync.mathtag.com", "pixel.mathtag.com"], totalExecutionTime: 34140, totalOccurrences: 469 }, { name: "Mixpanel", homepage: "https://mixpanel.com/", category: "analytics", domains: ["*.mixpanel.com", "*.mxpnl.com"], examples: ["cdn.mxpnl.com"], totalExecutionTime: 12411278, totalOccurrences: 38924 }, { name: "FontAwesome CDN", homepage: "https://fontawesome.com/", category: "cdn", domains: ["*.fontawesome.com"], examples: ["use.fontawesome.com"], totalExecutionTime: 120830523, totalOccurrences: 443783 }, { name: "Hubspot", homepage: "https://hubspot.com/", category: "marketing", domains: ["*.hs-scripts.com", "*.hubspot.com", "*.leadin.com", "*.hs-analytics.net", "*.hscollectedforms.net", "*.hscta.net", "*.hsforms.net", "*.hsleadflows.net", "*.hsstatic.net", "*.hubspot.net", "*.hsforms.com", "*.hs-banner.com", "*.hs-embed-reporting.com", "*.hs-growth-metrics.com", "*.hs-data.com", "*.hsadspixel.net", "*.hubapi.com"], examples: ["forms.hubspot.com", "js.hsforms.net", "js.hs-analytics.net", "js.leadin.com"], totalExecutionTime: 384473526, totalOccurrences: 313527 }, { name: "Mailchimp", homepage: "https://mailchimp.com/", category: "marketing", domains: ["*.chimpstatic.com", "*.list-manage.com", "*.mailchimp.com"], examples: ["downloads.mailchimp.com"], totalExecutionTime: 50744885, totalOccurrences: 80974 }, { name: "MGID", homepage: "https://www.mgid.com/", category: "ad", domains: ["*.mgid.com", "*.dt07.net"], examples: ["servicer.mgid.com"], totalExecutionTime: 47996478, totalOccurrences: 19059 }, { name: "Stripe", homepage: "https://stripe.com", category: "utility", domains: ["*.stripe.com", "*.stripecdn.com", "*.stripe.network"], examples: ["m.stripe.network", "js.stripe.com"], totalExecutionTime: 653598212, totalOccurrences: 366853 }, { name: "PayPal", homepage: "https://paypal.com", category: "utility", domains: ["*.paypal.com", "*.paypalobjects.com"], examples: ["www.paypalobjects.com"], totalExecutionTime: 165153855, totalOccurrences: 151706 }, { name: "Market GID", homepage: "https://www.marketgid.com/", category: "ad", domains: ["*.marketgid.com"], examples: ["jsc.marketgid.com"], totalExecutionTime: 82, totalOccurrences: 2 }, { name: "Pinterest", homepage: "https://pinterest.com/", category: "social", domains: ["*.pinimg.com", "*.pinterest.com"], examples: ["assets.pinterest.com", "ct.pinterest.com", "log.pinterest.com"], totalExecutionTime: 33239015, totalOccurrences: 259146 }, { name: "New Relic", homepage: "https://newrelic.com/", category: "utility", domains: ["*.newrelic.com", "*.nr-data.net"], examples: ["js-agent.newrelic.com", "bam.nr-data.net"], totalExecutionTime: 95650956, totalOccurrences: 290714 }, { name: "AppDynamics", homepage: "https://www.appdynamics.com/", category: "utility", domains: ["*.appdynamics.com", "*.eum-appdynamics.com", "d3tjaysgumg9lf.cloudfront.net"], examples: ["cdn.appdynamics.com"], totalExecutionTime: 1919153, totalOccurrences: 2330 }, { name: "Parking Crew", homepage: "https://parkingcrew.net/", category: "other", domains: ["d1lxhc4jvstzrp.cloudfront.net", "*.parkingcrew.net"] }, { name: "WordAds", company: "Automattic", homepage: "https://wordads.co/", category: "ad", domains: ["*.pubmine.com"], examples: ["s.pubmine.com"] }, { name: "AppNexus", homepage: "https://www.appnexus.com/", category: "ad", domains: ["*.adnxs.com", "*.ctasnet.com", "*.adrdgt.com"], examples: ["acdn.adnxs.com", "secure.adnxs.com", "ib.adnxs.com", "sharethrough.adnxs.com", "cdn.adnxs.com", "vcdn.adnxs.com"], totalExecutionTime: 6867355, totalOccurrences: 182686 }, { name: "Histats", homepage: "https://www.histats.com/", category: "analytics", domains: ["*.histats.com"], examples: ["s10.histats.com"], totalExecutionTime: 8191, totalOccurrences: 143 }, { name: "DoubleVerify", homepage: "https://www.doubleverify.com/", category: "ad", domains: ["*.doubleverify.com", "*.dvtps.com", "*.iqfp1.com"], examples: ["cdn.doubleverify.com", "cdn3.doubleverify.com", "tps.doubleverify.com", "tps712.doubleverify.com", "tps714.doubleverify.com", "tps706.doubleverify.com", "tps700.doubleverify.com", "tps707.doubleverify.com", "rtb2.doubleverify.com", "rtb0.doubleverify.com", "rtbcdn.doubleverify.com", "tps11020.doubleverify.com", "tm.iqfp1.com"], totalExecutionTime: 14273719, totalOccurrences: 8949 }, { name: "Mediavine", homepage: "https://www.mediavine.com/", category: "ad", domains: ["*.mediavine.com"], examples: ["scripts.mediavine.com", "video.mediavine.com"], totalExecutionTime: 88744468, totalOccurrences: 14004 }, { name: "Wix", homepage: "https://www.wix.com/", category: "hosting", domains: ["*.parastorage.com", "*.wix.com", "*.wixstatic.com", "*.wixapps.net"], examples: ["static.parastorage.com", "static.wixstatic.com", "www.wix.com", "instagram.codev.wixapps.net"], totalExecutionTime: 3510621382, totalOccurrences: 836665 }, { name: "Webflow", homepage: "https://webflow.com/", category: "hosting", domains: ["*.uploads-ssl.webflow.com", "*.assets-global.website-files.com", "*.assets.website-files.com"], examples: ["uploads-ssl.webflow.com", "assets-global.website-files.com", "assets.website-files.com"] }, { name: "Weebly", homepage: "https://www.weebly.com/", category: "hosting", domains: ["*.editmysite.com"], totalExecutionTime: 804128959, totalOccurrences: 115744 }, { name: "LinkedIn", homepage: "https://www.linkedin.com/", category: "social", domains: ["*.bizographics.com", "platform.linkedin.com", "*.oribi.io"], totalExecutionTime: 9886574, totalOccurrences: 30361 }, { name: "Slideshare", homepage: "https://www.slideshare.net/", category: "content", domains: ["*.slideshare.com", "*.slideshare.net", "*.slidesharecdn.com"], examples: ["public.slidesharecdn.com", "image.slidesharecdn.com", "www.slideshare.net"] }, { name: "LinkedIn Ads", category: "ad", domains: ["*.licdn.com", "*.ads.linkedin.com", "ads.linkedin.com", "www.linkedin.com"], examples: ["snap.licdn.com"], totalExecutionTime: 51210351, totalOccurrences: 384570 }, { name: "Vox Media", homepage: "https://www.voxmedia.com/", category: "content", domains: ["*.vox-cdn.com", "*.voxmedia.com"], examples: ["cdn.vox-cdn.com"], totalExecutionTime: 2987, totalOccurrences: 8 }, { name: "Hotmart", homepage: "https://www.hotmart.com/", category: "content", domains: ["*.hotmart.com"], examples: ["launchermodule.hotmart.com"], totalExecutionTime: 4552248, totalOccurrences: 2825 }, { name: "SoundCloud", homepage: "https://www.soundcloud.com/", category: "content", domains: ["*.sndcdn.com", "*.soundcloud.com", "*.stratus.sc"], examples: ["widget.sndcdn.com"], totalExecutionTime: 30086533, totalOccurrences: 7742 }, { name: "Spotify", homepage: "https://www.spotify.com/", category: "content", domains: ["*.scdn.co", "*.spotify.com"], examples: ["open.spotify.com", "open.scdn.co", "i.scdn.co"], totalExecutionTime: 117489, totalOccurrences: 17956 }, { name: "AMP", homepage: "https://amp.dev/", category: "content", domains: ["*.ampproject.org"], examples: ["cdn.ampproject.org"], totalExecutionTime: 94516710, totalOccurrences: 99603 }, { name: "Beeketing", homepage: "https://beeketing.com/", category: "marketing", domains: ["*.beeketing.com"], examples: ["sdk-cdn.beeketing.com", "sdk.beeketing.com"], totalExecutionTime: 2621858, totalOccurrences: 2278 }, { name: "Albacross", homepage: "https://albacross.com/", category: "marketing", domains: ["*.albacross.com"], examples: ["serve.albacross.com"], totalExecutionTime: 220728, totalOccurrences: 3468 }, { name: "TrafficJunky", homepage: "https://www.trafficjunky.com/", category: "ad", domains: ["*.contentabc.com", "*.trafficjunky.net"], examples: ["ads2.contentabc.com", "hw-cdn.contentabc.com", "media.trafficjunky.net", "ads.trafficjunky.net", "hw-cdn.trafficjunky.net"], totalExecutionTime: 131921, totalOccurrences: 258 }, { name: "Bootstrap CDN", homepage: "https://www.bootstrapcdn.com/", category: "cdn", domains: ["*.bootstrapcdn.com"], examples: ["maxcdn.bootstrapcdn.com", "stackpath.bootstrapcdn.com"], totalExecutionTime: 3578284, totalOccurrences: 77296 }, { name: "Shareaholic", homepage: "https://www.shareaholic.com/", category: "social", domains: ["*.shareaholic.com", "dsms0mj1bbhn4.cloudfront.net"], totalExecutionTime: 164084, totalOccurrences: 1775 }, { name: "Snowplow", homepage: "https://snowplowanalytics.com/", category: "analytics", domains: ["d32hwlnfiv2gyn.cloudfront.net"], totalExecutionTime: 18648247, totalOccurrences: 132597 }, { name: "RD Station", homepage: "https://www.rdstation.com/en/", category: "marketing", domains: ["d335luupugsy2.cloudfront.net"], totalExecutionTime: 12451407, totalOccurrences: 33836 }, { name: "Jivochat", homepage: "https://www.jivochat.com/", category: "customer-success", domains: ["*.jivosite.com"], examples: ["cdn-ca.jivosite.com", "code.jivosite.com"], totalExecutionTime: 83872811, totalOccurrences: 84370 }, { name: "Listrak", homepage: "https://www.listrak.com/", category: "marketing", domains: ["*.listrak.com", "*.listrakbi.com"], examples: ["cdn.listrakbi.com", "s1.listrakbi.com"], totalExecutionTime: 748757, totalOccurrences: 1651 }, { name: "Ontame", homepage: "https://www.ontame.io", category: "analytics", domains: ["*.ontame.io"], examples: ["cdn.ontame.io", "collector.ontame.io"], totalExecutionTime: 63370, totalOccurrences: 283 }, { name: "Ipify", homepage: "https://www.ipify.org", category: "utility", domains: ["*.ipify.org"], examples: ["api.ipify.org", "geo.ipify.org"], totalExecutionTime: 614631, totalOccurrences: 3964 }, { name: "Ensighten", homepage: "https://www.ensighten.com/", category: "tag-manager", domains: ["*.ensighten.com"], examples: ["nexus.ensighten.com"], totalExecutionTime: 3763302, totalOccurrences: 6750 }, { name: "EpiServer", homepage: "https://www.episerver.com", category: "content", domains: ["*.episerver.net"], examples: ["dl.episerver.net"], totalExecutionTime: 17292, totalOccurrences: 165 }, { name: "mPulse", homepage: "https://developer.akamai.com/akamai-mpulse", category: "analytics", domains: ["*.akstat.io", "*.go-mpulse.net", "*.mpulse.net", "*.mpstat.us"], examples: ["c.go-mpulse.net", "0211c83c.akstat.io"], totalExecutionTime: 6614242, totalOccurrences: 61262 }, { name: "Pingdom RUM", homepage: "https://www.pingdom.com/product/performance-monitoring/", category: "analytics", domains: ["*.pingdom.net"], examples: ["rum-static.pingdom.net", "rum-collector-2.pingdom.net"], totalExecutionTime: 113978, totalOccurrences: 1791 }, { name: "SpeedCurve RUM", company: "SpeedCurve", homepage: "https://www.speedcurve.com/features/performance-monitoring/", category: "analytics", domains: ["*.speedcurve.com"], examples: ["cdn.speedcurve.com", "lux.speedcurve.com"], totalExecutionTime: 575650, totalOccurrences: 10371 }, { name: "Radar", company: "Cedexis", homepage: "https://www.cedexis.com/radar/", category: "analytics", domains: ["*.cedexis-test.com", "*.cedexis.com", "*.cmdolb.com", "cedexis.leasewebcdn.com", "*.cedexis-radar.net", "*.cedexis.net", "cedexis-test01.insnw.net", "cedexisakamaitest.azureedge.net", "cedexispub.cdnetworks.net", "cs600.wac.alphacdn.net", "cs600.wpc.edgecastdns.net", "global2.cmdolb.com", "img-cedexis.mncdn.com", "a-cedexis.msedge.net", "zn3vgszfh.fastestcdn.net"], examples: ["radar.cedexis.com", "rpt.cedexis.com", "2-01-49cd-0002.cdx.cedexis.net", "bench.cedexis-test.com"] }, { name: "Byside", homepage: "https://byside.com", category: "analytics", domains: ["*.byside.com"], examples: ["byce2.byside.com", "wce2.byside.com"], totalExecutionTime: 54795, totalOccurrences: 142 }, { name: "VWO", homepage: "https://vwo.com", category: "analytics", domains: ["*.vwo.com", "*.visualwebsiteoptimizer.com", "d5phz18u4wuww.cloudfront.net", "*.wingify.com"], examples: ["dev.visualwebsiteoptimizer.com"], totalExecutionTime: 5070876, totalOccurrences: 10913 }, { name: "Bing Ads", homepage: "https://bingads.microsoft.com", category: "ad", domains: ["*.bing.com", "*.microsoft.com", "*.msn.com", "*.s-msft.com", "*.s-msn.com", "*.msads.net", "*.msecnd.net"], examples: ["bat.bing.com", "c.bing.com", "bat.r.msn.com", "ajax.microsoft.com"], totalExecutionTime: 35126887, totalOccurrences: 350501 }, { name: "GoSquared", homepage: "https://www.gosquared.com", category: "analytics", domains: ["*.gosquared.com", "d1l6p2sc9645hc.cloudfront.net"], examples: ["data.gosquared.com", "data2.gosquared.com"], totalExecutionTime: 73300, totalOccurrences: 840 }, { name: "Usabilla", homepage: "https://usabilla.com", category: "analytics", domains: ["*.usabilla.com", "d6tizftlrpuof.cloudfront.net"], examples: ["w.usabilla.com"], totalExecutionTime: 308358, totalOccurrences: 2430 }, { name: "Fastly Insights", homepage: "https://insights.fastlylabs.com", category: "analytics", domains: ["*.fastly-insights.com"], examples: ["www.fastly-insights.com"] }, { name: "Visual IQ", homepage: "https://www.visualiq.com", category: "analytics", domains: ["*.myvisualiq.net"], examples: ["t.myvisualiq.net"] }, { name: "Snapchat", homepage: "https://www.snapchat.com", category: "analytics", domains: ["*.snapchat.com", "*.sc-static.net"], examples: ["tr.snapchat.com"], totalExecutionTime: 288943, totalOccurrences: 4220 }, { name: "Atlas Solutions", homepage: "https://atlassolutions.com", category: "analytics", domains: ["*.atdmt.com"], examples: ["ad.atdmt.com", "cx.atdmt.com"] }, { name: "Quantcast", homepage: "https://www.quantcast.com", category: "analytics", domains: ["*.brtstats.com", "*.quantcount.com", "*.quantserve.com", "*.semantictec.com", "*.ntv.io"], examples: ["pixel.quantserve.com", "secure.quantserve.com", "cms.quantserve.com", "rules.quantcount.com"], totalExecutionTime: 7773013, totalOccurrences: 90256 }, { name: "Spiceworks", homepage: "https://www.spiceworks.com", category: "analytics", domains: ["*.spiceworks.com"], examples: ["px.spiceworks.com"] }, { name: "Marketo", homepage: "https://www.marketo.com", category: "analytics", domains: ["*.marketo.com", "*.mktoresp.com", "*.marketo.net"], examples: ["munchkin.marketo.net"], totalExecutionTime: 1105079, totalOccurrences: 3057 }, { name: "Intercom", homepage: "https://www.intercom.com", category: "customer-success", domains: ["*.intercomcdn.com", "*.intercom.io"], examples: ["js.intercomcdn.com", "api-iam.intercom.io", "widget.intercom.io", "nexus-websocket-a.intercom.io"], products: [{ name: "Intercom Widget", urlPatterns: ["widget.intercom.io", "js.intercomcdn.com/shim.latest.js"], facades: [{ name: "React Live Chat Loader", repo: "https://github.com/calibreapp/react-live-chat-loader" }, { name: "Intercom Facade", repo: "https://github.com/danielbachhuber/intercom-facade/" }] }], totalExecutionTime: 83545338, totalOccurrences: 58316 }, { name: "Unpkg", homepage: "https://unpkg.com", category: "cdn", domains: ["*.unpkg.com", "*.npmcdn.com"], totalExecutionTime: 555542, totalOccurrences: 2267 }, { name: "ESM>CDN", homepage: "https://esm.sh", category: "cdn", domains: ["esm.sh"], totalExecutionTime: 1483905, totalOccurrences: 1965 }, { name: "JSPM", homepage: "https://jspm.org/", category: "cdn", domains: ["ga.jspm.io"], totalExecutionTime: 714616, totalOccurrences: 2765 }, { name: "ReadSpeaker", homepage: "https://www.readspeaker.com", category: "other", domains: ["*.readspeaker.com"], examples: ["sf1-eu.readspeaker.com"], totalExecutionTime: 1550537, totalOccurrences: 13093 }, { name: "Browsealoud", homepage: "https://www.texthelp.com/en-gb/products/browsealoud/", category: "other", domains: ["*.browsealoud.com", "*.texthelp.com"], examples: ["www.browsealoud.com"], totalExecutionTime: 1442055, totalOccurrences: 3169 }, { name: "15gifts", category: "customer-success", domains: ["*.15gifts.com", "*.primefuse.com"], examples: ["www.primefuse.com"] }, { name: "1xRUN", category: "utility", domains: ["*.1xrun.com"] }, { name: "2AdPro Media Solutions", category: "ad", domains: ["*.2adpro.com"] }, { name: "301 Digital Media", category: "content", domains: ["*.301ads.com", "*.301network.com"] }, { name: "360 picnic platform", company: "MediaV", category: "ad", domains: ["*.mediav.com"], totalExecutionTime: 12519, totalOccurrences: 136 }, { name: "365 Media Group", category: "content", domains: ["*.365dm.com"] }, { name: "365 Tech Services", category: "hosting", domains: ["*.365webservices.co.uk"] }, { name: "3D Issue", category: "utility", domains: ["*.3dissue.com", "*.pressjack.com"], totalExecutionTime: 112367, totalOccurrences: 50 }, { name: "47Line Technologies", category: "other", domains: ["*.pejs.net"] }, { name: "4finance", category: "utility", domains: ["*.4finance.com"], totalExecutionTime: 33868, totalOccurrences: 51 }, { name: "5miles", category: "content", domains: ["*.5milesapp.com"] }, { name: "77Tool", company: "77Agency", category: "analytics", domains: ["*.77tracking.com"] }, { name: "9xb", category: "ad", domains: ["*.9xb.com"] }, { name: "@UK", category: "hosting", domains: ["*.uk-plc.net"] }, { name: "A Perfect Pocket", category: "hosting", domains: ["*.aperfectpocketdata.com"] }, { name: "A-FIS PTE", category: "analytics", domains: ["*.websta.me"] }, { name: "AB Tasty", homepage: "https://www.abtasty.com/", category: "analytics", domains: ["*.abtasty.com", "d1447tq2m68ekg.cloudfront.net"], examples: ["try.abtasty.com"], totalExecutionTime: 3727260, totalOccurrences: 7116 }, { name: "ABA RESEARCH", category: "analytics", domains: ["*.abaresearch.uk", "qmodal.azurewebsites.net"] }, { name: "ADMIZED", category: "ad", domains: ["*.admized.com"] }, { name: "ADNOLOGIES", category: "ad", domains: ["*.heias.com"] }, { name: "ADventori", category: "ad", domains: ["*.adventori.com"], totalExecutionTime: 15369, totalOccurrences: 20 }, { name: "AI Media Group", category: "ad", domains: ["*.aimediagroup.com"], totalExecutionTime: 2256, totalOccurrences: 6 }, { name: "AIR.TV", category: "ad", domains: ["*.air.tv"] }, { name: "AKQA", category: "ad", domains: ["*.srtk.net"] }, { name: "AOL ad", company: "AOL", category: "ad", domains: ["*.atwola.com"] }, { name: "AOL On", company: "AOL", category: "content", domains: ["*.5min.com"] }, { name: "AOL Sponsored Listiings", company: "AOL", category: "ad", domains: ["*.adsonar.com"] }, { name: "APSIS Lead", company: "APSIS International AB", category: "ad", domains: ["*.prospecteye.com"] }, { name: "APSIS Profile Cloud", company: "APSIS", category: "analytics", domains: ["*.innomdc.com"] }, { name: "APSIS Forms", company: "APSIS", category: "other", domains: ["*.apsisforms.com"], examples: ["forms.apsisforms.com"], totalExecutionTime: 223, totalOccurrences: 4 }, { name: "ARENA", company: "Altitude", category: "ad", domains: ["*.altitude-arena.com"] }, { name: "ARM", category: "analytics", domains: ["*.tag4arm.com"], totalExecutionTime: 14093, totalOccurrences: 165 }, { name: "ASAPP", category: "other", domains: ["*.asapp.com"], totalExecutionTime: 175799, totalOccurrences: 96 }, { name: "ASP", category: "hosting", domains: ["*.goshowoff.com"] }, { name: "AT Internet", category: "analytics", domains: ["*.ati-host.net"] }, { name: "ATTRAQT", category: "utility", domains: ["*.attraqt.com", "*.locayta.com"] }, { name: "AVANSER", category: "analytics", domains: ["*.avanser.com.au"] }, { name: "AVG", company: "AVG Technologies", category: "utility", domains: ["*.avg.com"], examples: ["omni.avg.com"] }, { name: "AWeber", category: "ad", domains: ["*.aweber.com"], totalExecutionTime: 68384, totalOccurrences: 347 }, { name: "AXS", category: "content", domains: ["*.axs.com"], totalExecutionTime: 49489, totalOccurrences: 22 }, { name: "Accentuate", company: "Accentuate Digital", category: "utility", homepage: "https://www.accentuate.io/", domains: ["*.accentuate.io"], examples: ["cdn.accentuate.io", "original.accentuate.io"] }, { name: "Accenture", category: "analytics", domains: ["*.tmvtp.com"] }, { name: "Accord Holdings", category: "ad", domains: ["*.agcdn.com"] }, { name: "Accordant Media", category: "ad", domains: ["*.a3cloud.net"], examples: ["segment.a3cloud.net"] }, { name: "Account Kit", category: "other", domains: ["*.accountkit.com"] }, { name: "Accuen Media (Omnicom Media Group)", category: "content", domains: ["*.p-td.com"] }, { name: "Accuweather", category: "content", domains: ["*.accuweather.com"], totalExecutionTime: 309223, totalOccurrences: 1582 }, { name: "Acquisio", category: "ad", domains: ["*.acq.io"], totalExecutionTime: 4347, totalOccurrences: 89 }, { name: "Act-On Software", category: "marketing", domains: ["*.actonsoftware.com"], totalExecutionTime: 775, totalOccurrences: 28 }, { name: "ActBlue", category: "other", domains: ["*.actblue.com"], totalExecutionTime: 118505, totalOccurrences: 121 }, { name: "Active Agent", category: "ad", domains: ["*.active-agent.com"] }, { name: "ActiveCampaign", category: "ad", domains: ["*.trackcmp.net", "app-us1.com", "*.app-us1.com"], examples: ["trackcmp.net", "prism.app-us1.com", "diffuser-cdn.app-us1.com"], totalExecutionTime: 2000032, totalOccurrences: 32910 }, { name: "AcuityAds", category: "ad", domains: ["*.acuityplatform.com"], totalExecutionTime: 35345, totalOccurrences: 357 }, { name: "Acxiom", category: "ad", domains: ["*.acxiom-online.com", "*.acxiomapac.com", "*.delivery.net"] }, { name: "Ad4Screen", category: "ad", domains: ["*.a4.tl"] }, { name: "Ad6Media", category: "ad", domains: ["*.ad6media.fr"], totalExecutionTime: 63377, totalOccurrences: 294 }, { name: "AdCurve", category: "ad", domains: ["*.shop2market.com"] }, { name: "AdEasy", category: "ad", domains: ["*.adeasy.ru"] }, { name: "AdExtent", category: "ad", domains: ["*.adextent.com"] }, { name: "AdForge Edge", company: "AdForge", category: "ad", domains: ["*.adforgeinc.com"] }, { name: "AdGear", company: "Samsung Electronics", category: "ad", domains: ["*.adgear.com", "*.adgrx.com"], totalExecutionTime: 2160, totalOccurrences: 157 }, { name: "AdInMedia", category: "ad", domains: ["*.fastapi.net"] }, { name: "AdJug", category: "ad", domains: ["*.adjug.com"], examples: ["tracking.adjug.com", "uk.view.adjug.com"] }, { name: "AdMatic", category: "ad", domains: ["*.admatic.com.tr"], totalExecutionTime: 1657571, totalOccurrences: 3140 }, { name: "AdMedia", category: "ad", domains: ["*.admedia.com"], examples: ["pixel.admedia.com"] }, { name: "AdRecover", category: "ad", domains: ["*.adrecover.com"], totalExecutionTime: 5439, totalOccurrences: 90 }, { name: "AdRiver", category: "ad", domains: ["*.adriver.ru"], totalExecutionTime: 3947703, totalOccurrences: 14530 }, { name: "AdSniper", category: "ad", domains: ["*.adsniper.ru", "*.sniperlog.ru"] }, { name: "AdSpeed", category: "ad", domains: ["*.adspeed.net"], totalExecutionTime: 5671, totalOccurrences: 34 }, { name: "AdSpruce", category: "ad", domains: ["*.adspruce.com"] }, { name: "AdSupply", category: "ad", domains: ["*.doublepimp.com"] }, { name: "AdTheorent", category: "ad", domains: ["*.adentifi.com"], totalExecutionTime: 84, totalOccurrences: 1 }, { name: "AdThink AudienceInsights", company: "AdThink Media", category: "analytics", domains: ["*.audienceinsights.net"] }, { name: "AdTrue", company: "FPT AdTrue", category: "ad", domains: ["*.adtrue.com"] }, { name: "AdYapper", category: "ad", domains: ["*.adyapper.com"] }, { name: "Adacado", category: "ad", domains: ["*.adacado.com"], totalExecutionTime: 8033, totalOccurrences: 100 }, { name: "Adap.tv", category: "ad", domains: ["*.adap.tv"] }, { name: "Adapt Services", category: "hosting", domains: ["*.adcmps.com"] }, { name: "Adaptive Web", category: "hosting", domains: ["*.adaptive.co.uk"] }, { name: "Adara Media", category: "ad", domains: ["*.yieldoptimizer.com"], totalExecutionTime: 3323, totalOccurrences: 69 }, { name: "Adblade", category: "ad", domains: ["*.adblade.com"], totalExecutionTime: 1842, totalOccurrences: 19 }, { name: "Adbrain", category: "ad", domains: ["*.adbrn.com"] }, { name: "AddEvent", category: "utility", domains: ["*.addevent.com"], examples: ["www.addevent.com"], totalExecutionTime: 88687, totalOccurrences: 403 }, { name: "AddShoppers", category: "social", domains: ["*.addshoppers.com", "d3rr3d0n31t48m.cloudfront.net", "*.shop.pe"], totalExecutionTime: 1807, totalOccurrences: 15 }, { name: "AddThisEvent", category: "hosting", domains: ["*.addthisevent.com"] }, { name: "Addoox MetaNetwork", company: "Addoox", category: "ad", domains: ["*.metanetwork.net"] }, { name: "Addvantage Media", category: "ad", domains: ["*.addvantagemedia.com", "*.simplytechnology.net"] }, { name: "AD EBis", category: "analytics", homepage: "https://www.ebis.ne.jp/", domains: ["*.ebis.ne.jp"], examples: ["taj1.ebis.ne.jp"], totalExecutionTime: 164334, totalOccurrences: 1800 }, { name: "Adecs", category: "customer-success", domains: ["*.adecs.co.uk"], examples: ["www.adecs.co.uk"] }, { name: "Adelphic", category: "ad", domains: ["*.ipredictive.com"], totalExecutionTime: 28091, totalOccurrences: 378 }, { name: "Adestra", category: "ad", domains: ["*.adestra.com", "*.msgfocus.com"] }, { name: "Adform", category: "ad", domains: ["*.adform.net", "*.adformdsp.net"], totalExecutionTime: 2339542, totalOccurrences: 22762 }, { name: "Adkontekst", category: "ad", domains: ["*.adkontekst.pl"] }, { name: "Adlead", category: "ad", domains: ["*.webelapp.com"] }, { name: "Adledge", category: "utility", domains: ["*.adledge.com"] }, { name: "Adloox", category: "ad", domains: ["*.adlooxtracking.com"], totalExecutionTime: 74681, totalOccurrences: 53 }, { name: "Adlux", category: "ad", domains: ["*.adlux.com"] }, { name: "Admedo", category: "ad", domains: ["*.a8723.com", "*.adizio.com", "*.admedo.com"], examples: ["pool.a8723.com"], totalExecutionTime: 61066, totalOccurrences: 133 }, { name: "Admeta", company: "Wideorbit", category: "ad", domains: ["*.atemda.com"] }, { name: "Admetrics", company: "Next Tuesday", category: "analytics", domains: ["*.nt.vc"], examples: ["metrics.nt.vc"] }, { name: "Admiral", category: "ad", domains: ["*.unknowntray.com"] }, { name: "Admitad", category: "ad", domains: ["*.lenmit.com"], totalExecutionTime: 1851, totalOccurrences: 24 }, { name: "Admixer for Publishers", company: "Admixer", category: "ad", domains: ["*.admixer.net"], totalExecutionTime: 2067608, totalOccurrences: 1018 }, { name: "Adnium", category: "ad", domains: ["*.adnium.com"] }, { name: "Adnostic", company: "Dennis Publishing", category: "ad", domains: ["*.adnostic.co.uk"] }, { name: "Adobe Marketing Cloud", company: "Adobe Systems", category: "ad", domains: ["*.adobetag.com"] }, { name: "Adobe Scene7", company: "Adobe Systems", category: "content", domains: ["wwwimages.adobe.com", "*.scene7.com", "*.everestads.net", "*.everestjs.net"], totalExecutionTime: 902426, totalOccurrences: 849 }, { name: "Adobe Systems", category: "content", domains: ["adobe.com", "www.adobe.com"], totalExecutionTime: 200395, totalOccurrences: 302 }, { name: "Adobe Business Catalyst", homepage: "https://www.businesscatalyst.com/", category: "hosting", domains: ["*.businesscatalyst.com"] }, { name: "Adocean", company: "Gemius", category: "ad", domains: ["*.adocean.pl"], totalExecutionTime: 1429597, totalOccurrences: 3297 }, { name: "Adometry", company: "Google", category: "ad", domains: ["*.dmtry.com"] }, { name: "Adomik", category: "analytics", domains: ["*.adomik.com"] }, { name: "Adotmob", category: "ad", domains: ["*.adotmob.com"] }, { name: "Adrian Quevedo", category: "hosting", domains: ["*.adrianquevedo.com"] }, { name: "Adroit Digital Solutions", category: "ad", domains: ["*.imiclk.com", "*.abmr.net"] }, { name: "AdsNative", category: "ad", domains: ["*.adsnative.com"] }, { name: "AdsWizz", category: "ad", domains: ["*.adswizz.com"], totalExecutionTime: 513475, totalOccurrences: 3348 }, { name: "Adscale", category: "ad", domains: ["*.adscale.de"], totalExecutionTime: 40723, totalOccurrences: 226 }, { name: "Adschoom", company: "JSWeb Production", category: "ad", domains: ["*.adschoom.com"], totalExecutionTime: 13, totalOccurrences: 1 }, { name: "Adscience", category: "ad", domains: ["*.adscience.nl"] }, { name: "Adsiduous", category: "ad", domains: ["*.adsiduous.com"] }, { name: "Adsty", category: "ad", domains: ["*.adx1.com"], totalExecutionTime: 888, totalOccurrences: 6 }, { name: "Adtech (AOL)", category: "ad", domains: ["*.adtechus.com"] }, { name: "Adtegrity", category: "ad", domains: ["*.adtpix.com"], totalExecutionTime: 3083, totalOccurrences: 43 }, { name: "Adthink", company: "Adthink Media", category: "ad", domains: ["*.adxcore.com", "*.dcoengine.com"], examples: ["d.adxcore.com"] }, { name: "AdultWebmasterEmpire.Com", category: "ad", domains: ["*.awempire.com"], totalExecutionTime: 8321, totalOccurrences: 37 }, { name: "Adunity", category: "ad", domains: ["*.adunity.com"] }, { name: "Advance Magazine Group", category: "content", domains: ["*.condenastdigital.com", "*.condenet.com", "*.condenast.co.uk"], totalExecutionTime: 158689, totalOccurrences: 204 }, { name: "Adverline Board", company: "Adverline", category: "ad", domains: ["*.adverline.com", "*.adnext.fr"] }, { name: "AdvertServe", category: "ad", domains: ["*.advertserve.com"], totalExecutionTime: 149338, totalOccurrences: 685 }, { name: "Advolution", category: "utility", domains: ["*.advolution.de"] }, { name: "Adwise", category: "ad", domains: ["*.adwise.bg"], totalExecutionTime: 157, totalOccurrences: 4 }, { name: "Adyen", category: "utility", domains: ["*.adyen.com"], totalExecutionTime: 9032723, totalOccurrences: 5341 }, { name: "Adyoulike", category: "ad", domains: ["*.adyoulike.com", "*.omnitagjs.com", "*.adyoulike.net"], totalExecutionTime: 625656, totalOccurrences: 80147 }, { name: "Adzerk", category: "ad", domains: ["*.adzerk.net"], totalExecutionTime: 38889, totalOccurrences: 210 }, { name: "Adzip", company: "Adbox Digital", category: "ad", domains: ["*.adzip.co"] }, { name: "AerServ", category: "ad", domains: ["*.aerserv.com"] }, { name: "Affectv", category: "ad", domains: ["*.affectv.com", "*.affec.tv"], totalExecutionTime: 760, totalOccurrences: 11 }, { name: "Affiliate Window", company: "Digital Window", category: "ad", domains: ["*.dwin1.com"], totalExecutionTime: 1189360, totalOccurrences: 14546 }, { name: "Affiliatly", category: "ad", domains: ["*.affiliatly.com"], examples: ["www.affiliatly.com"], totalExecutionTime: 42041, totalOccurrences: 412 }, { name: "Affino", category: "ad", domains: ["affino.com"] }, { name: "Affirm", category: "utility", domains: ["*.affirm.com"], totalExecutionTime: 11523997, totalOccurrences: 13488 }, { name: "Afterpay", company: "Block", category: "utility", homepage: "https://www.afterpay.com/", domains: ["*.afterpay.com"], examples: ["static-us.afterpay.com"], totalExecutionTime: 2244014, totalOccurrences: 14826 }, { name: "Agenda Media", category: "ad", domains: ["*.agendamedia.co.uk"] }, { name: "Aggregate Knowledge", company: "Neustar", category: "ad", domains: ["*.agkn.com"], totalExecutionTime: 33464, totalOccurrences: 478 }, { name: "AgilOne", category: "marketing", domains: ["*.agilone.com"], totalExecutionTime: 8694, totalOccurrences: 70 }, { name: "Agility", category: "hosting", domains: ["*.agilitycms.com"], totalExecutionTime: 2796, totalOccurrences: 3 }, { name: "Ahalogy", category: "social", domains: ["*.ahalogy.com"] }, { name: "Aheadworks", category: "utility", domains: ["*.aheadworks.com"] }, { name: "AirPR", category: "analytics", domains: ["*.airpr.com"] }, { name: "Aira", category: "ad", domains: ["*.aira.net"], examples: ["www.aira.net"] }, { name: "Airport Parking and Hotels", category: "content", domains: ["*.aph.com"], totalExecutionTime: 258, totalOccurrences: 4 }, { name: "Akanoo", category: "analytics", domains: ["*.akanoo.com"] }, { name: "Alchemy", company: "AndBeyond.Media", category: "ad", domains: ["*.andbeyond.media"] }, { name: "AlephD", company: "AOL", category: "ad", domains: ["*.alephd.com"] }, { name: "AliveChat", company: "AYU Technology Solutions", category: "customer-success", domains: ["*.websitealive.com", "*.websitealive7.com"] }, { name: "All Access", category: "other", domains: ["*.allaccess.com.ph"] }, { name: "Alliance for Audited Media", category: "ad", domains: ["*.aamsitecertifier.com"] }, { name: "Allyde", category: "marketing", domains: ["*.mautic.com"] }, { name: "AlphaSSL", category: "utility", domains: ["*.alphassl.com"], totalExecutionTime: 2871, totalOccurrences: 25 }, { name: "Altitude", category: "ad", domains: ["*.altitudeplatform.com"] }, { name: "Altocloud", category: "analytics", domains: ["*.altocloud.com"] }, { name: "Amadeus", category: "content", domains: ["*.e-travel.com"] }, { name: "Amazon CloudFront", company: "Amazon", category: "utility", domains: ["cloudfront.net"] }, { name: "Ambassador", category: "ad", domains: ["*.getambassador.com"], totalExecutionTime: 17616, totalOccurrences: 109 }, { name: "Ambient", company: "Ericcson", category: "other", domains: ["*.adnetwork.vn", "*.ambientplatform.vn"] }, { name: "Amelia Communication", category: "hosting", domains: ["*.sara.media"] }, { name: "Amobee", category: "marketing", domains: ["*.amgdgt.com", "*.kontera.com"] }, { name: "Amplience", category: "marketing", domains: ["*.10cms.com", "*.amplience.com", "*.amplience.net", "*.bigcontent.io", "*.adis.ws"], totalExecutionTime: 7626, totalOccurrences: 29 }, { name: "Amplitude Mobile Analytics", company: "Amplitude", category: "analytics", domains: ["*.amplitude.com", "d24n15hnbwhuhn.cloudfront.net"], totalExecutionTime: 26173490, totalOccurrences: 61105 }, { name: "Anametrix", company: "Ensighten", category: "analytics", domains: ["*.anametrix.com"] }, { name: "Ancora Platform", company: "Ancora Media Solutions", category: "ad", domains: ["*.ancoraplatform.com"] }, { name: "Anedot", category: "other", domains: ["*.anedot.com"], totalExecutionTime: 304821, totalOccurrences: 73 }, { name: "AnimateJS", category: "utility", domains: ["*.animatedjs.com"] }, { name: "AnswerDash", category: "customer-success", domains: ["*.answerdash.com"], examples: ["p1.answerdash.com"] }, { name: "Answers", category: "analytics", domains: ["*.answcdn.com", "*.answers.com", "*.dsply.com"] }, { name: "Apester", category: "analytics", domains: ["*.apester.com", "*.qmerce.com"], totalExecutionTime: 15416, totalOccurrences: 151 }, { name: "Apligraf SmartWeb", company: "Apligraf", category: "utility", domains: ["*.apligraf.com.br"] }, { name: "Appier", category: "ad", domains: ["*.appier.net"], totalExecutionTime: 193835, totalOccurrences: 1318 }, { name: "Appsolute", category: "utility", homepage: "https://appsolute.us/", domains: ["dropahint.love"], examples: ["dropahint.love"], totalExecutionTime: 8766, totalOccurrences: 99 }, { name: "Apptus eSales", company: "Apptus", category: "analytics", domains: ["*.apptus.com"] }, { name: "Arbor", company: "LiveRamp", category: "other", domains: ["*.pippio.com"] }, { name: "Ardent Creative", category: "hosting", domains: ["*.ardentcreative.co.uk"] }, { name: "Arnold Clark Automobiles", category: "content", domains: ["*.arnoldclark.com"] }, { name: "Atom Content Marketing", category: "content", domains: ["*.atomvault.net"], examples: ["danu.atomvault.net"] }, { name: "Atom Data", category: "other", domains: ["*.atomdata.io"] }, { name: "Attribution", category: "ad", domains: ["*.attributionapp.com"], totalExecutionTime: 110523, totalOccurrences: 334 }, { name: "Audience 360", company: "Datapoint Media", category: "ad", domains: ["*.dpmsrv.com"], totalExecutionTime: 1815093, totalOccurrences: 861 }, { name: "Audience Science", category: "ad", domains: ["*.revsci.net"] }, { name: "AudienceSearch", company: "Intimate Merger", category: "ad", domains: ["*.im-apps.net"], totalExecutionTime: 17952789, totalOccurrences: 96693 }, { name: "Auditorius", category: "ad", domains: ["*.audtd.com"] }, { name: "Augur", category: "analytics", domains: ["*.augur.io"] }, { name: "Auto Link Maker", company: "Apple", category: "ad", domains: ["*.apple.com"], examples: ["autolinkmaker.itunes.apple.com"], totalExecutionTime: 1375908, totalOccurrences: 4546 }, { name: "Autopilot", category: "ad", domains: ["*.autopilothq.com"], totalExecutionTime: 11432, totalOccurrences: 51 }, { name: "Avail", company: "RichRelevance", category: "ad", domains: ["*.avail.net"] }, { name: "AvantLink", category: "ad", domains: ["*.avmws.com"], totalExecutionTime: 557, totalOccurrences: 7 }, { name: "Avco Systems", category: "utility", domains: ["*.avcosystems.com"] }, { name: "Avid Media", category: "customer-success", domains: ["*.adspdbl.com", "*.metadsp.co.uk"] }, { name: "Avocet Systems", category: "ad", domains: ["*.avocet.io", "ads.avct.cloud"] }, { name: "Avora", category: "analytics", domains: ["*.truedash.com"], examples: ["truetag.truedash.com"] }, { name: "Azure Traffic Manager", company: "Microsoft", category: "other", domains: ["*.gateway.net", "*.trafficmanager.net"], examples: ["analytics.gateway.net"], totalExecutionTime: 17659, totalOccurrences: 260 }, { name: "Azure Web Services", company: "Microsoft", category: "cdn", domains: ["*.azurewebsites.net", "*.azureedge.net", "*.msedge.net", "*.windows.net"], totalExecutionTime: 43827849, totalOccurrences: 56804 }, { name: "BAM", category: "analytics", domains: ["*.bam-x.com"] }, { name: "Baifendian Technology", category: "marketing", domains: ["*.baifendian.com"] }, { name: "Bankrate", category: "utility", domains: ["*.bankrate.com"], totalExecutionTime: 40013, totalOccurrences: 11 }, { name: "BannerFlow", company: "Nordic Factory Solutions", category: "ad", domains: ["*.bannerflow.com"], totalExecutionTime: 1557, totalOccurrences: 4 }, { name: "Barclaycard SmartPay", company: "Barclaycard", category: "utility", domains: ["*.barclaycardsmartpay.com"] }, { name: "Barilliance", category: "analytics", domains: ["*.barilliance.net", "dn3y71tq7jf07.cloudfront.net"], totalExecutionTime: 13094, totalOccurrences: 41 }, { name: "Barnebys", category: "other", domains: ["*.barnebys.com"], totalExecutionTime: 299976, totalOccurrences: 105 }, { name: "Basis", company: "Basis Technologies", category: "ad", homepage: "https://basis.net/", domains: ["*.basis.net"], examples: ["cdn01.basis.net"], totalExecutionTime: 642873, totalOccurrences: 6894 }, { name: "Batch Media", category: "ad", domains: ["*.t4ft.de"] }, { name: "Bauer Consumer Media", category: "content", domains: ["*.bauercdn.com", "*.greatmagazines.co.uk"], examples: ["www.greatmagazines.co.uk"] }, { name: "Baynote", category: "analytics", domains: ["*.baynote.net"] }, { name: "Bazaarvoice", category: "analytics", domains: ["*.bazaarvoice.com", "*.feedmagnet.com"], totalExecutionTime: 4689764, totalOccurrences: 8127 }, { name: "Beachfront Media", category: "ad", domains: ["*.bfmio.com"], totalExecutionTime: 3673, totalOccurrences: 316 }, { name: "BeamPulse", category: "analytics", domains: ["*.beampulse.com"] }, { name: "Beeswax", category: "ad", domains: ["*.bidr.io"], totalExecutionTime: 3431, totalOccurrences: 602 }, { name: "Beetailer", category: "social", domains: ["*.beetailer.com"], examples: ["www.beetailer.com"] }, { name: "Best Of Media S.A.", category: "content", domains: ["*.servebom.com"], totalExecutionTime: 0, totalOccurrences: 6 }, { name: "Bet365", category: "ad", domains: ["*.bet365affiliates.com"], totalExecutionTime: 0, totalOccurrences: 1 }, { name: "Betfair", category: "other", domains: ["*.cdnbf.net"] }, { name: "Betgenius", company: "Genius Sports", category: "content", domains: ["*.connextra.com"], totalExecutionTime: 132913, totalOccurrences: 356 }, { name: "Better Banners", category: "ad", domains: ["*.betterbannerscloud.com"] }, { name: "Better Business Bureau", category: "analytics", domains: ["*.bbb.org"], totalExecutionTime: 20343, totalOccurrences: 169 }, { name: "Between Digital", category: "ad", domains: ["*.betweendigital.com"], totalExecutionTime: 1891481, totalOccurrences: 3167 }, { name: "BidTheatre", category: "ad", domains: ["*.bidtheatre.com"], totalExecutionTime: 39757, totalOccurrences: 403 }, { name: "Bidtellect", category: "ad", domains: ["*.bttrack.com"], totalExecutionTime: 3086, totalOccurrences: 38 }, { name: "Bigcommerce", category: "marketing", domains: ["*.bigcommerce.com"], totalExecutionTime: 62849019, totalOccurrences: 34904 }, { name: "BitGravity", company: "Tata Communications", category: "content", domains: ["*.bitgravity.com"], totalExecutionTime: 37505, totalOccurrences: 24 }, { name: "Bitly", category: "utility", domains: ["*.bitly.com", "*.lemde.fr", "*.bit.ly"], totalExecutionTime: 6394, totalOccurrences: 13 }, { name: "Bizible", category: "ad", domains: ["*.bizible.com", "*.bizibly.com"], totalExecutionTime: 950615, totalOccurrences: 1643 }, { name: "Bizrate", category: "analytics", domains: ["*.bizrate.com"], totalExecutionTime: 37209, totalOccurrences: 119 }, { name: "BlastCasta", category: "social", domains: ["*.poweringnews.com"], examples: ["www.poweringnews.com"] }, { name: "Blindado", category: "utility", domains: ["*.siteblindado.com"], totalExecutionTime: 37127, totalOccurrences: 33 }, { name: "Blis", category: "ad", domains: ["*.blismedia.com"], totalExecutionTime: 2, totalOccurrences: 26 }, { name: "Blogg.se", category: "hosting", domains: ["*.cdnme.se", "*.publishme.se"] }, { name: "BloomReach", category: "ad", domains: ["*.brcdn.com", "*.brsrvr.com", "*.brsvr.com"], totalExecutionTime: 10567, totalOccurrences: 195 }, { name: "Bloomberg", category: "content", domains: ["*.gotraffic.net"] }, { name: "Shop Logic", company: "BloomReach", category: "marketing", domains: ["*.goshoplogic.com"] }, { name: "Blue State Digital", category: "ad", domains: ["*.bsd.net"] }, { name: "Blue Triangle Technologies", category: "analytics", domains: ["*.btttag.com"], totalExecutionTime: 325040, totalOccurrences: 458 }, { name: "BlueCava", category: "ad", domains: ["*.bluecava.com"], totalExecutionTime: 1438242, totalOccurrences: 8404 }, { name: "BlueKai", company: "Oracle", category: "ad", domains: ["*.bkrtx.com", "*.bluekai.com"] }, { name: "Bluecore", category: "analytics", domains: ["*.bluecore.com"], examples: ["www.bluecore.com"], totalExecutionTime: 108154, totalOccurrences: 335 }, { name: "Bluegg", category: "hosting", domains: ["d1va5oqn59yrvt.cloudfront.net"] }, { name: "Bold Commerce", category: "utility", domains: ["*.shappify-cdn.com", "*.shappify.com", "*.boldapps.net"], totalExecutionTime: 7134610, totalOccurrences: 12067 }, { name: "BoldChat", company: "LogMeIn", category: "customer-success", domains: ["*.boldchat.com"] }, { name: "Bombora", category: "ad", domains: ["*.mlno6.com"] }, { name: "Bonnier", category: "content", domains: ["*.bonniercorp.com"] }, { name: "Bookatable", category: "content", domains: ["*.bookatable.com", "*.livebookings.com"] }, { name: "Booking.com", category: "content", domains: ["*.bstatic.com"], totalExecutionTime: 2113397, totalOccurrences: 1446 }, { name: "Boomtrain", category: "ad", domains: ["*.boomtrain.com", "*.boomtrain.net"], totalExecutionTime: 408744, totalOccurrences: 2492 }, { name: "BoostSuite", category: "ad", domains: ["*.poweredbyeden.com"] }, { name: "Boostable", category: "ad", domains: ["*.boostable.com"] }, { name: "Bootstrap Chinese network", category: "cdn", domains: ["*.bootcss.com"], totalExecutionTime: 318843, totalOccurrences: 713 }, { name: "Booxscale", category: "ad", domains: ["*.booxscale.com"] }, { name: "Borderfree", company: "pitney bowes", category: "utility", domains: ["*.borderfree.com", "*.fiftyone.com"] }, { name: "BowNow", category: "analytics", homepage: "https://bow-now.jp/", domains: ["*.bownow.jp"], examples: ["contents.bownow.jp"], totalExecutionTime: 2354170, totalOccurrences: 4828 }, { name: "Box", category: "hosting", domains: ["*.box.com"], totalExecutionTime: 53762, totalOccurrences: 136 }, { name: "Boxever", category: "analytics", domains: ["*.boxever.com"], totalExecutionTime: 7419, totalOccurrences: 6 }, { name: "Braintree Payments", company: "Paypal", category: "utility", domains: ["*.braintreegateway.com"], totalExecutionTime: 440452, totalOccurrences: 2689 }, { name: "Branch Metrics", category: "ad", domains: ["*.branch.io", "*.app.link"], totalExecutionTime: 156028, totalOccurrences: 2675 }, { name: "Brand Finance", category: "other", domains: ["*.brandirectory.com"] }, { name: "Brand View", category: "analytics", domains: ["*.brandview.com"] }, { name: "Brandscreen", category: "ad", domains: ["*.rtbidder.net"], examples: ["match.rtbidder.net"] }, { name: "BridgeTrack", company: "Sapient", category: "ad", domains: ["*.bridgetrack.com"] }, { name: "BrightRoll", company: "Yahoo!", category: "ad", domains: ["*.btrll.com"] }, { name: "BrightTag / Signal", company: "Signal", homepage: "https://www.signal.co", category: "tag-manager", domains: ["*.btstatic.com", "*.thebrighttag.com"] }, { name: "Brightcove ZenCoder", company: "Brightcove", category: "other", domains: ["*.zencoder.net"] }, { name: "Bronto Software", category: "marketing", domains: ["*.bm23.com", "*.bronto.com", "*.brontops.com"] }, { name: "Browser-Update.org", category: "other", domains: ["*.browser-update.org"] }, { name: "Buffer", category: "social", domains: ["*.bufferapp.com"], totalExecutionTime: 1072, totalOccurrences: 16 }, { name: "Bugsnag", category: "utility", domains: ["*.bugsnag.com", "d2wy8f7a9ursnm.cloudfront.net"], examples: ["notify.bugsnag.com"], totalExecutionTime: 16344950, totalOccurrences: 43386 }, { name: "Burst Media", category: "ad", domains: ["*.burstnet.com", "*.1rx.io"], examples: ["usermatch.burstnet.com"], totalExecutionTime: 140, totalOccurrences: 21 }, { name: "Burt", category: "analytics", domains: ["*.richmetrics.com", "*.burt.io"] }, { name: "Business Message", category: "ad", domains: ["*.message-business.com"], totalExecutionTime: 14209, totalOccurrences: 38 }, { name: "Business Week", company: "Bloomberg", category: "social", domains: ["*.bwbx.io"], totalExecutionTime: 66712, totalOccurrences: 9 }, { name: "Buto", company: "Big Button", category: "ad", domains: ["*.buto.tv"] }, { name: "Button", category: "ad", domains: ["*.btncdn.com"], totalExecutionTime: 214, totalOccurrences: 5 }, { name: "BuySellAds", category: "ad", domains: ["*.buysellads.com", "*.buysellads.net"], totalExecutionTime: 392286, totalOccurrences: 331 }, { name: "BuySight (AOL)", category: "ad", domains: ["*.pulsemgr.com"] }, { name: "Buyapowa", category: "ad", domains: ["*.co-buying.com"], totalExecutionTime: 7148, totalOccurrences: 112 }, { name: "BuzzFeed", category: "social", domains: ["*.buzzfed.com", "*.buzzfeed.com"], totalExecutionTime: 18138, totalOccurrences: 9 }, { name: "C1X", category: "ad", domains: ["*.c1exchange.com"] }, { name: "C3 Metrics", category: "analytics", domains: ["*.c3tag.com"], totalExecutionTime: 3391, totalOccurrences: 18 }, { name: "CANDDi", company: "Campaign and Digital Intelligence", category: "ad", domains: ["*.canddi.com"], totalExecutionTime: 115, totalOccurrences: 4 }, { name: "CCM benchmark Group", category: "social", domains: ["*.ccm2.net"] }, { name: "CD Networks", category: "utility", domains: ["*.gccdn.net"] }, { name: "CDN Planet", category: "analytics", domains: ["*.cdnplanet.com"] }, { name: "InAuth", category: "utility", homepage: "https://www.inauth.com/", domains: ["*.cdn-net.com"], examples: ["uk.cdn-net.com"], totalExecutionTime: 208227, totalOccurrences: 114 }, { name: "CJ Affiliate", company: "Conversant", category: "ad", domains: ["*.cj.com", "*.dpbolvw.net"], totalExecutionTime: 13732, totalOccurrences: 14 }, { name: "CJ Affiliate by Conversant", company: "Conversant", category: "ad", domains: ["*.ftjcfx.com"] }, { name: "CNBC", category: "content", domains: ["*.cnbc.com"], totalExecutionTime: 17943, totalOccurrences: 23 }, { name: "CNET Content Solutions", company: "CBS Interactive", category: "content", domains: ["*.cnetcontent.com"], examples: ["cdn.cnetcontent.com", "ws.cnetcontent.com"] }, { name: "CPEx", category: "content", domains: ["*.cpex.cz"], totalExecutionTime: 2667533, totalOccurrences: 1692 }, { name: "CPXi", category: "ad", domains: ["*.cpxinteractive.com"] }, { name: "CUBED Attribution", company: "CUBED", category: "ad", domains: ["*.withcubed.com"], examples: ["data.withcubed.com"] }, { name: "Cachefly", category: "utility", domains: ["*.cachefly.net"], totalExecutionTime: 212973, totalOccurrences: 514 }, { name: "Calendly", category: "other", domains: ["*.calendly.com"], totalExecutionTime: 59720518, totalOccurrences: 13872 }, { name: "CallRail", category: "analytics", domains: ["*.callrail.com"], totalExecutionTime: 15571847, totalOccurrences: 60963 }, { name: "CallTrackingMetrics", category: "analytics", domains: ["*.tctm.co"], totalExecutionTime: 4466698, totalOccurrences: 15854 }, { name: "Canned Banners", category: "ad", domains: ["*.cannedbanners.com"] }, { name: "Canopy Labs", category: "analytics", domains: ["*.canopylabs.com"] }, { name: "Capita", category: "utility", domains: ["*.crcom.co.uk"], examples: ["emmsrep.crcom.co.uk"] }, { name: "Captify Media", category: "ad", domains: ["*.cpx.to"] }, { name: "Captiify", category: "ad", domains: ["*.captifymedia.com"] }, { name: "Captivate Ai", category: "ad", domains: ["*.captivate.ai"] }, { name: "Captora", category: "marketing", domains: ["*.captora.com"] }, { name: "Carcloud", category: "other", domains: ["*.carcloud.co.uk"] }, { name: "Cardlytics", category: "ad", domains: ["*.cardlytics.com"] }, { name: "Cardosa Enterprises", category: "analytics", domains: ["*.y-track.com"], totalExecutionTime: 826, totalOccurrences: 19 }, { name: "Caspian Media", category: "ad", domains: ["*.caspianmedia.com"] }, { name: "Cast", category: "utility", domains: ["*.cast.rocks"] }, { name: "Catch", category: "other", domains: ["*.getcatch.com"], examples: ["app.getcatch.com", "assets.getcatch.com", "js.getcatch.com"] }, { name: "Cavisson", category: "analytics", domains: ["*.cavisson.com"] }, { name: "Cedato", category: "ad", domains: ["*.algovid.com", "*.vdoserv.com"] }, { name: "Celebrus Technologies", category: "analytics", domains: ["*.celebrus.com"] }, { name: "Celtra", category: "ad", domains: ["*.celtra.com"], totalExecutionTime: 423253, totalOccurrences: 310 }, { name: "Centro", category: "ad", domains: ["*.brand-server.com"] }, { name: "Ceros", category: "other", domains: ["ceros.com", "view.ceros.com"], totalExecutionTime: 58946, totalOccurrences: 215 }, { name: "Ceros Analytics", company: "Ceros", category: "analytics", domains: ["api.ceros.com"] }, { name: "Certona", category: "analytics", domains: ["*.certona.net"] }, { name: "Certum", category: "utility", domains: ["*.ocsp-certum.com", "*.certum.pl"], totalExecutionTime: 26761, totalOccurrences: 7 }, { name: "Cgrdirect", category: "other", domains: ["*.cgrdirect.co.uk"] }, { name: "Channel 5 Media", category: "ad", domains: ["*.five.tv"] }, { name: "Channel.me", category: "customer-success", domains: ["*.channel.me"] }, { name: "ChannelAdvisor", category: "ad", domains: ["*.channeladvisor.com", "*.searchmarketing.com"], totalExecutionTime: 5304, totalOccurrences: 49 }, { name: "ChannelApe", company: "ChannelApe", category: "other", homepage: "https://www.channelape.com/", domains: ["*.channelape.com"], examples: ["callbacks.channelape.com"] }, { name: "Chargeads Oscar", company: "Chargeads", category: "ad", domains: ["*.chargeads.com"] }, { name: "Charities Aid Foundation", category: "utility", domains: ["*.cafonline.org"], totalExecutionTime: 80070, totalOccurrences: 80 }, { name: "Chartbeat", category: "analytics", domains: ["*.chartbeat.com", "*.chartbeat.net"], totalExecutionTime: 2327526, totalOccurrences: 9472 }, { name: "Cheapflights Media", company: "Momondo", category: "content", domains: ["*.momondo.net"] }, { name: "CheckM8", category: "ad", domains: ["*.checkm8.com"] }, { name: "CheckRate", company: "FreeStart", category: "utility", domains: ["*.checkrate.co.uk"] }, { name: "Checkfront", category: "other", domains: ["*.checkfront.com", "dcg3jth5savst.cloudfront.net"], totalExecutionTime: 904283, totalOccurrences: 605 }, { name: "CheetahMail", company: "Experian", category: "ad", domains: ["*.chtah.com"] }, { name: "Chitika", category: "ad", domains: ["*.chitika.net"] }, { name: "ChoiceStream", category: "ad", domains: ["*.choicestream.com"] }, { name: "Cint", category: "social", domains: ["*.cint.com"], totalExecutionTime: 304366, totalOccurrences: 62 }, { name: "Civic", category: "hosting", domains: ["*.civiccomputing.com"], totalExecutionTime: 7268413, totalOccurrences: 14317 }, { name: "ClearRise", category: "customer-success", domains: ["*.clearrise.com"] }, { name: "Clearstream", category: "ad", domains: ["*.clrstm.com"] }, { name: "Clerk.io ApS", category: "analytics", domains: ["*.clerk.io"], totalExecutionTime: 2163819, totalOccurrences: 3521 }, { name: "CleverDATA", category: "ad", domains: ["*.1dmp.io"] }, { name: "CleverTap", category: "analytics", domains: ["d2r1yp2w7bby2u.cloudfront.net"], totalExecutionTime: 420683, totalOccurrences: 2327 }, { name: "Click Density", category: "analytics", domains: ["*.clickdensity.com"] }, { name: "Click4Assistance", category: "customer-success", domains: ["*.click4assistance.co.uk"], totalExecutionTime: 35450, totalOccurrences: 220 }, { name: "ClickDesk", category: "customer-success", domains: ["*.clickdesk.com", "d1gwclp1pmzk26.cloudfront.net"], totalExecutionTime: 74248, totalOccurrences: 666 }, { name: "ClickDimensions", category: "ad", domains: ["*.clickdimensions.com"], totalExecutionTime: 288587, totalOccurrences: 511 }, { name: "Clickadu (Winner Solutions)", category: "ad", domains: ["*.clickadu.com"], totalExecutionTime: 16928, totalOccurrences: 8 }, { name: "Clickagy Audience Lab", company: "Clickagy", category: "ad", domains: ["*.clickagy.com"], examples: ["aorta.clickagy.com"], totalExecutionTime: 108650, totalOccurrences: 1508 }, { name: "Clickio", category: "ad", domains: [] }, { name: "Clicktale", category: "analytics", domains: ["*.cdngc.net", "*.clicktale.net"], examples: ["clicktalecdn.sslcs.cdngc.net"], totalExecutionTime: 586892, totalOccurrences: 294 }, { name: "Clicktripz", category: "content", domains: ["*.clicktripz.com"], examples: ["static.clicktripz.com", "www.clicktripz.com"], totalExecutionTime: 693847, totalOccurrences: 484 }, { name: "Clik.com Websites", category: "content", domains: ["*.clikpic.com"], totalExecutionTime: 2507, totalOccurrences: 18 }, { name: "Cloud Technologies", category: "ad", domains: ["*.behavioralengine.com", "*.behavioralmailing.com"] }, { name: "Cloud-A", category: "other", domains: ["*.bulkstorage.ca"] }, { name: "Cloud.typography", company: "Hoefler &amp; Co", category: "cdn", domains: ["*.typography.com"], totalExecutionTime: 10698, totalOccurrences: 327 }, { name: "CloudSponge", category: "ad", domains: ["*.cloudsponge.com"], totalExecutionTime: 30860, totalOccurrences: 25 }, { name: "CloudVPS", category: "other", domains: ["*.adoftheyear.com", "*.objectstore.eu"] }, { name: "Cloudinary", category: "content", domains: ["*.cloudinary.com"], totalExecutionTime: 1318050, totalOccurrences: 3024 }, { name: "Cloudqp", company: "Cloudwp", category: "other", domains: ["*.cloudwp.io"] }, { name: "Cludo", category: "utility", domains: ["*.cludo.com"], totalExecutionTime: 216973, totalOccurrences: 2241 }, { name: "Cognesia", category: "marketing", domains: ["*.intelli-direct.com"] }, { name: "CogoCast", company: "Cogo Labs", category: "ad", domains: ["*.cogocast.net"] }, { name: "Colbenson", category: "utility", domains: ["*.colbenson.com"] }, { name: "Collective", category: "ad", domains: ["*.collective-media.net"] }, { name: "Com Laude", category: "other", domains: ["*.gdimg.net"] }, { name: "Comm100", category: "customer-success", domains: ["*.comm100.com"], totalExecutionTime: 697113, totalOccurrences: 1271 }, { name: "CommerceHub", category: "marketing", domains: ["*.mercent.com"] }, { name: "Commission Factory", category: "ad", domains: ["*.cfjump.com"], totalExecutionTime: 3362, totalOccurrences: 44 }, { name: "Communicator", category: "ad", domains: ["*.communicatorcorp.com", "*.communicatoremail.com"] }, { name: "Comodo", category: "utility", domains: ["*.comodo.com", "*.trust-provider.com", "*.trustlogo.com", "*.usertrust.com", "*.comodo.net"], examples: ["ocsp.trust-provider.com"], totalExecutionTime: 46380, totalOccurrences: 72 }, { name: "Comodo Certificate Authority", company: "Comodo", category: "utility", domains: ["crt.comodoca.com", "*.comodoca4.com", "ocsp.comodoca.com", "ocsp.usertrust.com", "crt.usertrust.com"], examples: ["ocsp.comodoca4.com"] }, { name: "Compete", company: "Millwood Brown Digital", category: "analytics", domains: ["*.c-col.com", "*.compete.com"] }, { name: "Compuware", category: "analytics", domains: ["*.axf8.net"] }, { name: "Conductrics", category: "analytics", domains: ["*.conductrics.com"], examples: ["cdn-v3.conductrics.com"], totalExecutionTime: 30205, totalOccurrences: 150 }, { name: "Confirmit", category: "analytics", domains: ["*.confirmit.com"], totalExecutionTime: 35356, totalOccurrences: 291 }, { name: "Connatix", category: "ad", domains: ["*.connatix.com"], totalExecutionTime: 12942050, totalOccurrences: 10404 }, { name: "Connect Events", category: "hosting", domains: ["*.connectevents.com.au"] }, { name: "Constant Contact", category: "ad", domains: ["*.ctctcdn.com"], totalExecutionTime: 984653, totalOccurrences: 30877 }, { name: "Constructor.io", category: "utility", domains: ["*.cnstrc.com"], totalExecutionTime: 4812, totalOccurrences: 22 }, { name: "Contabo", category: "hosting", domains: ["185.2.100.179"] }, { name: "Content Media Corporation", category: "content", domains: ["*.contentmedia.eu"] }, { name: "ContentSquare", category: "analytics", domains: ["d1m6l9dfulcyw7.cloudfront.net", "*.content-square.net", "*.contentsquare.net"], totalExecutionTime: 57389968, totalOccurrences: 38146 }, { name: "ContextWeb", category: "ad", domains: ["*.contextweb.com"], totalExecutionTime: 57593, totalOccurrences: 947 }, { name: "Continental Exchange Solutions", category: "utility", domains: ["*.hifx.com"] }, { name: "Converge-Digital", category: "ad", domains: ["*.converge-digital.com"], examples: ["ads.converge-digital.com"] }, { name: "Conversant", category: "analytics", domains: ["*.dotomi.com", "*.dtmpub.com", "*.emjcd.com", "mediaplex.com", "*.tqlkg.com", "*.fastclick.net"], examples: ["www.tqlkg.com"], totalExecutionTime: 5931776, totalOccurrences: 39631 }, { name: "Conversant Ad Server", company: "Conversant", category: "ad", domains: ["adfarm.mediaplex.com", "*.mediaplex.com"] }, { name: "Conversant Tag Manager", company: "Conversant", category: "tag-manager", domains: ["*.mplxtms.com"], totalExecutionTime: 32930, totalOccurrences: 103 }, { name: "Conversio", category: "ad", domains: ["*.conversio.com"] }, { name: "Conversion Labs", category: "ad", domains: ["*.net.pl"], examples: ["conversionlabs.net.pl"], totalExecutionTime: 4155055, totalOccurrences: 3483 }, { name: "Conversion Logic", category: "ad", domains: ["*.conversionlogic.net"] }, { name: "Convert Insights", category: "analytics", domains: ["*.convertexperiments.com"], totalExecutionTime: 8766092, totalOccurrences: 8385 }, { name: "ConvertMedia", category: "ad", domains: ["*.admailtiser.com", "*.basebanner.com", "*.cmbestsrv.com", "*.vidfuture.com", "*.zorosrv.com"], examples: ["www.cmbestsrv.com"] }, { name: "Convertro", category: "ad", domains: ["*.convertro.com"] }, { name: "Conviva", category: "content", domains: ["*.conviva.com"], totalExecutionTime: 4298, totalOccurrences: 4 }, { name: "Cookie Reports", category: "utility", domains: ["*.cookiereports.com"], totalExecutionTime: 666497, totalOccurrences: 1381 }, { name: "Cookie-Script.com", category: "utility", domains: ["*.cookie-script.com"], totalExecutionTime: 112895001, totalOccurrences: 195354 }, { name: "CookieQ", company: "Baycloud Systems", category: "utility", domains: ["*.cookieq.com"] }, { name: "CoolaData", category: "analytics", domains: ["*.cooladata.com"] }, { name: "CopperEgg", category: "analytics", domains: ["*.copperegg.com", "d2vig74li2resi.cloudfront.net"] }, { name: "Council ad Network", category: "ad", domains: ["*.counciladvertising.net"], totalExecutionTime: 59146, totalOccurrences: 156 }, { name: "Covert Pics", category: "content", domains: ["*.covet.pics"], totalExecutionTime: 6936, totalOccurrences: 83 }, { name: "Cox Digital Solutions", category: "ad", domains: ["*.afy11.net"] }, { name: "Creafi Online Media", category: "ad", domains: ["*.creafi-online-media.com"] }, { name: "Creators", category: "content", domains: ["*.creators.co"] }, { name: "Crimson Hexagon Analytics", company: "Crimson Hexagon", category: "analytics", domains: ["*.hexagon-analytics.com"] }, { name: "Crimtan", category: "ad", domains: ["*.ctnsnet.com"], totalExecutionTime: 52013, totalOccurrences: 3148 }, { name: "Cross Pixel Media", category: "ad", domains: ["*.crsspxl.com"], totalExecutionTime: 1821, totalOccurrences: 43 }, { name: "Crosswise", category: "ad", domains: ["*.univide.com"], examples: ["p.univide.com"] }, { name: "Crowd Control", company: "Lotame", category: "ad", domains: ["*.crwdcntrl.net"], totalExecutionTime: 18795824, totalOccurrences: 136398 }, { name: "Crowd Ignite", category: "ad", domains: ["*.crowdignite.com"] }, { name: "CrowdTwist", category: "ad", domains: ["*.crowdtwist.com"] }, { name: "Crowdskout", category: "ad", domains: ["*.crowdskout.com"] }, { name: "Crowdynews", category: "social", domains: ["*.breakingburner.com"] }, { name: "Curalate", category: "marketing", domains: ["*.curalate.com", "d116tqlcqfmz3v.cloudfront.net"], totalExecutionTime: 575305, totalOccurrences: 1051 }, { name: "Customer Acquisition Cloud", company: "[24]7", category: "ad", domains: ["*.campanja.com"] }, { name: "Customer.io", category: "ad", domains: ["*.customer.io"], totalExecutionTime: 614375, totalOccurrences: 2996 }, { name: "Custora", category: "analytics", domains: ["*.custora.com"] }, { name: "Cxense", category: "ad", domains: ["*.cxense.com", "*.cxpublic.com", "*.emediate.dk", "*.emediate.eu"], totalExecutionTime: 3013723, totalOccurrences: 5830 }, { name: "CyberKnight", company: "Namogoo", category: "utility", domains: ["*.namogoo.com"] }, { name: "CyberSource (Visa)", category: "utility", domains: ["*.authorize.net"], totalExecutionTime: 604860, totalOccurrences: 3217 }, { name: "Cybernet Quest", category: "analytics", domains: ["*.cqcounter.com"] }, { name: "D.A. Consortium", category: "ad", domains: ["*.eff1.net"] }, { name: "D4t4 Solutions", category: "analytics", domains: ["*.u5e.com"] }, { name: "DCSL Software", category: "hosting", domains: ["*.dcslsoftware.com"] }, { name: "DMG Media", category: "content", domains: ["*.mol.im", "*.and.co.uk", "*.anm.co.uk", "*.dailymail.co.uk"], totalExecutionTime: 62385, totalOccurrences: 46 }, { name: "DTSCOUT", category: "ad", domains: ["*.dtscout.com"], totalExecutionTime: 1193998, totalOccurrences: 12411 }, { name: "Dailykarma", category: "utility", homepage: "https://www.dailykarma.com/", domains: ["*.dailykarma.io"], examples: ["assets.dailykarma.io"], totalExecutionTime: 206829, totalOccurrences: 847 }, { name: "Dailymotion", category: "content", domains: ["*.dailymotion.com", "*.dmxleo.com", "*.dm.gg", "*.pxlad.io", "*.dmcdn.net", "*.sublimevideo.net"], examples: ["ad.pxlad.io", "www.dailymotion.com"], totalExecutionTime: 25095615, totalOccurrences: 3642 }, { name: "Dash Hudson", company: "Dash Hudson", category: "content", domains: ["*.dashhudson.com"], examples: ["cdn.dashhudson.com"], totalExecutionTime: 106387, totalOccurrences: 87 }, { name: "Datacamp", category: "utility", domains: ["*.cdn77.org"], totalExecutionTime: 7742063, totalOccurrences: 2443 }, { name: "Datalicious", category: "tag-manager", domains: ["*.supert.ag", "*.optimahub.com"] }, { name: "Datalogix", category: "ad", domains: ["*.nexac.com"] }, { name: "Datawrapper", category: "utility", domains: ["*.datawrapper.de", "*.dwcdn.net"], examples: ["www.datawrapper.de"], totalExecutionTime: 4491330, totalOccurrences: 650 }, { name: "Dataxu", category: "marketing", domains: ["*.w55c.net"], totalExecutionTime: 489, totalOccurrences: 14 }, { name: "DatoCMS", homepage: "https://www.datocms.com/", category: "content", domains: ["*.datocms-assets.com"], examples: ["www.datocms-assets.com"], totalExecutionTime: 5, totalOccurrences: 1 }, { name: "Datonics", category: "ad", domains: ["*.pro-market.net"], examples: ["pbid.pro-market.net"], totalExecutionTime: 22344, totalOccurrences: 298 }, { name: "Dealtime", category: "content", domains: ["*.dealtime.com"] }, { name: "Debenhams Geo Location", company: "Debenhams", category: "utility", domains: ["176.74.183.134"] }, { name: "Decibel Insight", category: "analytics", domains: ["*.decibelinsight.net"], totalExecutionTime: 2354868, totalOccurrences: 1017 }, { name: "Deep Forest Media", company: "Rakuten", category: "ad", domains: ["*.dpclk.com"] }, { name: "DeepIntent", category: "ad", domains: ["*.deepintent.com"], totalExecutionTime: 479, totalOccurrences: 12 }, { name: "Delicious Media", category: "social", domains: ["*.delicious.com"] }, { name: "Delineo", category: "ad", domains: ["*.delineo.com"], examples: ["www.delineo.com"] }, { name: "Delta Projects AB", category: "ad", domains: ["*.de17a.com"], totalExecutionTime: 165718, totalOccurrences: 1718 }, { name: "Demand Media", category: "content", domains: ["*.dmtracker.com"] }, { name: "DemandBase", category: "marketing", domains: ["*.demandbase.com"], totalExecutionTime: 876438, totalOccurrences: 7540 }, { name: "DemandJump", category: "analytics", domains: ["*.demandjump.com"] }, { name: "Dennis Publishing", category: "content", domains: ["*.alphr.com"] }, { name: "Devatics", category: "analytics", domains: ["*.devatics.com", "*.devatics.io"] }, { name: "Developer Media", category: "ad", domains: ["*.developermedia.com"] }, { name: "DialogTech", category: "ad", domains: ["*.dialogtech.com"] }, { name: "DialogTech SourceTrak", company: "DialogTech", category: "ad", domains: ["d31y97ze264gaa.cloudfront.net"] }, { name: "DigiCert", category: "utility", domains: ["*.digicert.com"], examples: ["ocsp.digicert.com"], totalExecutionTime: 138395, totalOccurrences: 130 }, { name: "Digioh", category: "ad", domains: ["*.lightboxcdn.com"], totalExecutionTime: 1841488, totalOccurrences: 1850 }, { name: "Digital Look", category: "content", domains: ["*.digitallook.com"] }, { name: "Digital Media Exchange", company: "NDN", category: "content", domains: ["*.newsinc.com"] }, { name: "Digital Millennium Copyright Act Services", category: "utility", domains: ["*.dmca.com"], totalExecutionTime: 18348, totalOccurrences: 199 }, { name: "Digital Ocean", category: "other", domains: ["95.85.62.56"] }, { name: "Digital Remedy", category: "ad", domains: ["*.consumedmedia.com"] }, { name: "Digital Window", category: "ad", domains: ["*.awin1.com", "*.zenaps.com"], totalExecutionTime: 410, totalOccurrences: 8 }, { name: "DigitalScirocco", category: "analytics", domains: ["*.digitalscirocco.net"] }, { name: "Digitial Point", category: "utility", domains: ["*.dpstatic.com"] }, { name: "Diligent (Adnetik)", category: "ad", domains: ["*.wtp101.com"] }, { name: "Directed Edge", category: "social", domains: ["*.directededge.com"], examples: ["shopify.directededge.com"], totalExecutionTime: 10147, totalOccurrences: 101 }, { name: "Distribute Travel", category: "ad", domains: ["*.dtrck.net"] }, { name: "District M", category: "ad", domains: ["*.districtm.io"] }, { name: "DistroScale", category: "ad", domains: ["*.jsrdn.com"], totalExecutionTime: 33408, totalOccurrences: 46 }, { name: "Divido", category: "utility", domains: ["*.divido.com"] }, { name: "Dow Jones", category: "content", domains: ["*.dowjones.com", "*.dowjoneson.com"], totalExecutionTime: 13079, totalOccurrences: 11 }, { name: "Drifty Co", category: "utility", domains: ["*.onicframework.com"] }, { name: "Drip", company: "The Numa Group", category: "ad", domains: ["*.getdrip.com"], totalExecutionTime: 330500, totalOccurrences: 3834 }, { name: "Dropbox", category: "utility", domains: ["*.dropboxusercontent.com"], totalExecutionTime: 27538, totalOccurrences: 144 }, { name: "Dyn Real User Monitoring", company: "Dyn", category: "analytics", domains: ["*.jisusaiche.biz", "*.dynapis.com", "*.jisusaiche.com", "*.dynapis.info"], examples: ["beacon.rum.dynapis.com"] }, { name: "DynAdmic", category: "ad", domains: ["*.dyntrk.com"] }, { name: "Dynamic Converter", category: "utility", domains: ["*.dynamicconverter.com"], totalExecutionTime: 87692, totalOccurrences: 177 }, { name: "Dynamic Dummy Image Generator", company: "Open Source", category: "utility", domains: ["*.dummyimage.com"] }, { name: "Dynamic Logic", category: "ad", domains: ["*.dl-rms.com", "*.questionmarket.com"] }, { name: "Dynamic Yield", category: "customer-success", domains: ["*.dynamicyield.com"] }, { name: "Dynatrace", category: "analytics", domains: ["*.ruxit.com", "js-cdn.dynatrace.com"], totalExecutionTime: 4580781, totalOccurrences: 2906 }, { name: "ec-concier", homepage: "https://ec-concier.com/", category: "marketing", domains: ["*.ec-concier.com"], examples: ["s.ec-concier.com", "gsync.ec-concier.com"] }, { name: "ECT News Network", category: "content", domains: ["*.ectnews.com"] }, { name: "ELITechGroup", category: "analytics", domains: ["*.elitechnology.com"] }, { name: "EMAP", category: "content", domains: ["*.emap.com"], totalExecutionTime: 1538, totalOccurrences: 7 }, { name: "EMedia Solutions", category: "ad", domains: ["*.e-shots.eu"], examples: ["www.e-shots.eu"] }, { name: "EQ works", category: "ad", domains: ["*.eqads.com"] }, { name: "ESV Digital", category: "analytics", domains: ["*.esearchvision.com"] }, { name: "Ebiquity", category: "analytics", domains: ["*.ebiquitymedia.com"] }, { name: "Eco Rebates", category: "ad", domains: ["*.ecorebates.com"] }, { name: "Ecwid", category: "hosting", domains: ["*.ecwid.com", "*.shopsettings.com", "d3fi9i0jj23cau.cloudfront.net", "d3j0zfs7paavns.cloudfront.net"], totalExecutionTime: 3525755, totalOccurrences: 12401 }, { name: "Edge Web Fonts", company: "Adobe Systems", category: "cdn", domains: ["*.edgefonts.net"], examples: ["use.edgefonts.net"] }, { name: "Edition Digital", category: "ad", domains: ["*.editiondigital.com"] }, { name: "Edot Web Technologies", category: "hosting", domains: ["*.edot.co.za"] }, { name: "Effective Measure", category: "ad", domains: ["*.effectivemeasure.net"] }, { name: "Effiliation sa", category: "ad", domains: ["*.effiliation.com"], totalExecutionTime: 725, totalOccurrences: 6 }, { name: "Ekm Systems", category: "analytics", domains: ["*.ekmsecure.com", "*.ekmpinpoint.co.uk"], examples: ["globalstats.ekmsecure.com"], totalExecutionTime: 100944, totalOccurrences: 955 }, { name: "Elastera", category: "hosting", domains: ["*.elastera.net"] }, { name: "Elastic Ad", category: "ad", domains: ["*.elasticad.net"], totalExecutionTime: 25263, totalOccurrences: 124 }, { name: "Elastic Load Balancing", company: "Amazon Web Services", category: "hosting", domains: ["*.105app.com"], examples: ["rhpury.105app.com", "rhxtd.105app.com"] }, { name: "Elecard StreamEye", company: "Elecard", category: "other", domains: ["*.streameye.net"] }, { name: "Elevate", company: "Elevate Technology Solutions", category: "utility", domains: ["*.elevaate.technology"] }, { name: "Elicit", category: "utility", domains: ["*.elicitapp.com"] }, { name: "Elogia", category: "ad", domains: ["*.elogia.net"] }, { name: "Email Attitude", company: "1000mercis", category: "ad", domains: ["*.email-attitude.com"] }, { name: "EmailCenter", category: "ad", domains: ["*.emailcenteruk.com"] }, { name: "Embedly", category: "content", domains: ["*.embedly.com", "*.embed.ly"], totalExecutionTime: 6673889, totalOccurrences: 15905 }, { name: "EmpathyBroker Site Search", company: "EmpathyBroker", category: "utility", domains: ["*.empathybroker.com"] }, { name: "Enfusen", category: "analytics", domains: ["*.enfusen.com"] }, { name: "Engadget", company: "Engadget (AOL)", category: "content", domains: ["*.gdgt.com"], examples: ["media.gdgt.com"] }, { name: "Engagio", category: "marketing", domains: ["*.engagio.com"] }, { name: "Ensighten Manage", company: "Ensighten", category: "tag-manager", domains: ["*.levexis.com"] }, { name: "EntityLink", category: "other", domains: ["*.entitytag.co.uk"] }, { name: "Entrust Datacard", category: "utility", domains: ["*.entrust.com", "*.entrust.net"], examples: ["ocsp.entrust.com", "ocsp.entrust.net"], totalExecutionTime: 68780, totalOccurrences: 12 }, { name: "Equiniti", category: "utility", domains: ["*.equiniti.com"] }, { name: "Errorception", category: "utility", domains: ["*.errorception.com"] }, { name: "Esri ArcGIS", company: "Esri", category: "utility", domains: ["*.arcgis.com", "*.arcgisonline.com"], totalExecutionTime: 48743487, totalOccurrences: 6710 }, { name: "Ethnio", category: "analytics", domains: ["*.ethn.io"] }, { name: "Eulerian Technologies", category: "ad", domains: ["*.eolcdn.com"] }, { name: "Euroland", category: "utility", domains: ["*.euroland.com"], totalExecutionTime: 288942, totalOccurrences: 142 }, { name: "European Interactive Digital ad Alli", category: "utility", domains: ["*.edaa.eu"] }, { name: "Eventbrite", category: "hosting", domains: ["*.evbuc.com", "*.eventbrite.co.uk"], totalExecutionTime: 14755, totalOccurrences: 77 }, { name: "Everflow", category: "analytics", domains: ["*.tp88trk.com"], examples: ["www.tp88trk.com"], totalExecutionTime: 84956, totalOccurrences: 140 }, { name: "Evergage", category: "analytics", domains: ["*.evergage.com", "*.evgnet.com"], examples: ["cdn.evgnet.com"], totalExecutionTime: 2364275, totalOccurrences: 5531 }, { name: "Everquote", category: "content", domains: ["*.evq1.com"] }, { name: "Everyday Health", category: "ad", domains: ["*.agoramedia.com"] }, { name: "Evidon", category: "analytics", domains: ["*.evidon.com"], totalExecutionTime: 1054666, totalOccurrences: 1475 }, { name: "Evolve Media", category: "content", domains: ["*.evolvemediallc.com"], totalExecutionTime: 9290, totalOccurrences: 29 }, { name: "Exactag", category: "ad", domains: ["*.exactag.com"], totalExecutionTime: 11097, totalOccurrences: 40 }, { name: "ExoClick", category: "ad", domains: ["*.exoclick.com"], totalExecutionTime: 81570, totalOccurrences: 605 }, { name: "Expedia", category: "content", domains: ["*.travel-assets.com", "*.trvl-media.com", "*.trvl-px.com", "*.uciservice.com"], examples: ["www.trvl-px.com", "www.uciservice.com"], totalExecutionTime: 3328967, totalOccurrences: 676 }, { name: "Expedia Australia", company: "Expedia", category: "content", domains: ["*.expedia.com.au"], examples: ["www.expedia.com.au"] }, { name: "Expedia Canada", company: "Expedia", category: "content", domains: ["*.expedia.ca"], examples: ["www.expedia.ca"] }, { name: "Expedia France", company: "Expedia", category: "content", domains: ["*.expedia.fr"], examples: ["www.expedia.fr"] }, { name: "Expedia Germany", company: "Expedia", category: "content", domains: ["*.expedia.de"], examples: ["www.expedia.de"] }, { name: "Expedia Italy", company: "Expedia", category: "content", domains: ["*.expedia.it"], examples: ["www.expedia.it"] }, { name: "Expedia Japan", company: "Expedia", category: "content", domains: ["*.expedia.co.jp"], examples: ["www.expedia.co.jp"] }, { name: "Expedia USA", company: "Expedia", category: "content", domains: ["*.expedia.com"], examples: ["www.expedia.com"], totalExecutionTime: 41859, totalOccurrences: 77 }, { name: "Expedia United Kingdom", company: "Expedia", category: "content", domains: ["*.expedia.co.uk"], examples: ["www.expedia.co.uk"], totalExecutionTime: 2701, totalOccurrences: 10 }, { name: "Experian", category: "utility", domains: ["*.audienceiq.com", "*.experian.com", "*.experianmarketingservices.digital"], totalExecutionTime: 39989, totalOccurrences: 24 }, { name: "Experian Cross-Channel Marketing Platform", company: "Experian", category: "marketing", domains: ["*.eccmp.com", "*.ccmp.eu"], totalExecutionTime: 1263, totalOccurrences: 28 }, { name: "Exponea", category: "analytics", domains: ["*.exponea.com"], totalExecutionTime: 237815, totalOccurrences: 2351 }, { name: "Exponential Interactive", category: "ad", domains: ["*.exponential.com"], totalExecutionTime: 7266, totalOccurrences: 164 }, { name: "Extensis WebInk", category: "cdn", domains: ["*.webink.com"] }, { name: "Extole", category: "ad", domains: ["*.extole.com", "*.extole.io"], examples: ["origin.extole.io"], totalExecutionTime: 15302, totalOccurrences: 59 }, { name: "Ey-Seren", category: "analytics", domains: ["*.webabacus.com"] }, { name: "EyeView", category: "ad", domains: ["*.eyeviewads.com"] }, { name: "Eyeota", category: "ad", domains: ["*.eyeota.net"], totalExecutionTime: 229878, totalOccurrences: 2951 }, { name: "Ezakus Pretargeting", company: "Ezakus", category: "ad", domains: ["*.ezakus.net"] }, { name: "Ezoic", category: "analytics", domains: ["*.ezoic.net"], totalExecutionTime: 516002, totalOccurrences: 4889 }, { name: "FLXone", company: "Teradata", category: "ad", domains: ["*.pangolin.blue", "*.flx1.com", "d2hlpp31teaww3.cloudfront.net", "*.flxpxl.com"] }, { name: "Fairfax Media", category: "content", domains: ["ads.fairfax.com.au", "resources.fairfax.com.au"] }, { name: "Fairfax Media Analtics", company: "Fairfax Media", category: "analytics", domains: ["analytics.fairfax.com.au"] }, { name: "Falk Technologies", category: "ad", domains: ["*.angsrvr.com"] }, { name: "Fanplayr", category: "analytics", domains: ["*.fanplayr.com", "d38nbbai6u794i.cloudfront.net"], totalExecutionTime: 122791, totalOccurrences: 208 }, { name: "Fast Thinking", company: "NE Marketing", category: "marketing", domains: ["*.fast-thinking.co.uk"] }, { name: "Fastest Forward", category: "analytics", domains: ["*.gaug.es"], totalExecutionTime: 34149, totalOccurrences: 698 }, { name: "Fastly", category: "utility", domains: ["*.fastly.net"], totalExecutionTime: 3367924, totalOccurrences: 2030 }, { name: "Feedbackify", company: "InsideMetrics", category: "analytics", domains: ["*.feedbackify.com"], totalExecutionTime: 78609, totalOccurrences: 287 }, { name: "Feefo.com", company: "Feefo", category: "analytics", domains: ["*.feefo.com"], totalExecutionTime: 1896590, totalOccurrences: 3436 }, { name: "Fidelity Media", category: "ad", domains: ["*.fidelity-media.com"], examples: ["x.fidelity-media.com"] }, { name: "Filestack", category: "content", domains: ["*.filepicker.io"], examples: ["api.filepicker.io", "dialog.filepicker.io", "www.filepicker.io"], totalExecutionTime: 23816, totalOccurrences: 239 }, { name: "Finsbury Media", category: "ad", domains: ["*.finsburymedia.com"], totalExecutionTime: 1836, totalOccurrences: 12 }, { name: "Firepush", category: "utility", domains: ["*.firepush.io"] }, { name: "FirstImpression", category: "ad", domains: ["*.firstimpression.io"], totalExecutionTime: 182252, totalOccurrences: 119 }, { name: "Fit Analytics", category: "other", domains: ["*.fitanalytics.com"], examples: ["integrations.fitanalytics.com", "widget.fitanalytics.com", "metrics.fitanalytics.com"] }, { name: "Fits Me", category: "analytics", domains: ["*.fits.me"] }, { name: "Fivetran", category: "analytics", domains: ["*.fivetran.com"], totalExecutionTime: 1504, totalOccurrences: 3 }, { name: "FlexShopper", category: "utility", domains: ["*.flexshopper.com"] }, { name: "Flickr", category: "content", domains: ["*.flickr.com", "*.staticflickr.com"], totalExecutionTime: 269936, totalOccurrences: 780 }, { name: "Flipboard", category: "social", domains: ["*.flipboard.com"], totalExecutionTime: 111106, totalOccurrences: 77 }, { name: "Flipdesk", category: "customer-success", homepage: "https://flipdesk.jp/", domains: ["*.flipdesk.jp"], examples: ["api.flipdesk.jp"], totalExecutionTime: 620408, totalOccurrences: 884 }, { name: "Flipp", category: "analytics", domains: ["*.wishabi.com", "d2e0sxz09bo7k2.cloudfront.net", "*.wishabi.net"], totalExecutionTime: 21, totalOccurrences: 1 }, { name: "Flite", category: "ad", domains: ["*.flite.com"] }, { name: "Flixmedia", category: "analytics", domains: ["*.flix360.com", "*.flixcar.com", "*.flixfacts.com", "*.flixsyndication.net", "*.flixfacts.co.uk"], totalExecutionTime: 240530, totalOccurrences: 344 }, { name: "Flockler", category: "ad", domains: ["*.flockler.com"], totalExecutionTime: 359437, totalOccurrences: 1565 }, { name: "Flowplayer", category: "content", domains: ["*.flowplayer.org"], totalExecutionTime: 289929, totalOccurrences: 1395 }, { name: "Flowzymes Ky", category: "cdn", domains: ["*.jquerytools.org"] }, { name: "Fomo", category: "ad", domains: ["*.notifyapp.io"] }, { name: "Fonecall", category: "analytics", domains: ["*.web-call-analytics.com"] }, { name: "Fontdeck", category: "cdn", domains: ["*.fontdeck.com"] }, { name: "Foodity Technologies", category: "ad", domains: ["*.foodity.com"] }, { name: "Force24", category: "ad", domains: ["*.force24.co.uk"], totalExecutionTime: 8310, totalOccurrences: 102 }, { name: "ForeSee", company: "Answers", category: "analytics", domains: ["*.4seeresults.com", "*.answerscloud.com", "*.foresee.com", "*.foreseeresults.com"], totalExecutionTime: 13505, totalOccurrences: 31 }, { name: "Forensiq", category: "utility", domains: ["*.fqtag.com"], totalExecutionTime: 14891, totalOccurrences: 113 }, { name: "Fort Awesome", category: "cdn", domains: ["*.fortawesome.com"], totalExecutionTime: 1080191, totalOccurrences: 7049 }, { name: "Forter", category: "utility", domains: ["*.forter.com"], totalExecutionTime: 12353967, totalOccurrences: 9959 }, { name: "Forward Internet Group", category: "hosting", domains: ["*.f3d.io"] }, { name: "Forward3D", category: "ad", domains: ["*.forward3d.com"] }, { name: "Fospha", category: "analytics", domains: ["*.fospha.com"], examples: ["router.fospha.com"] }, { name: "Foursixty", category: "customer-success", domains: ["*.foursixty.com"] }, { name: "FoxyCart", category: "utility", domains: ["*.foxycart.com"], totalExecutionTime: 668935, totalOccurrences: 1235 }, { name: "Framer CDN", company: "Framer", homepage: "https://www.framer.com", category: "hosting", domains: ["framerusercontent.com", "*.framerstatic.com", "events.framer.com", "framer.com"], examples: ["app.framerstatic.com", "framer.com/edit"], totalExecutionTime: 227930014, totalOccurrences: 39379 }, { name: "Fraudlogix", category: "utility", domains: ["*.yabidos.com"], totalExecutionTime: 54142, totalOccurrences: 441 }, { name: "FreakOut", category: "ad", domains: ["*.fout.jp"], totalExecutionTime: 213784, totalOccurrences: 3815 }, { name: "Freespee", category: "customer-success", domains: ["*.freespee.com"], examples: ["analytics.freespee.com"], totalExecutionTime: 40824, totalOccurrences: 525 }, { name: "Freetobook", category: "content", domains: ["*.freetobook.com"], examples: ["www.freetobook.com"], totalExecutionTime: 431367, totalOccurrences: 993 }, { name: "Fresh 8 Gaming", category: "ad", domains: ["*.fresh8.co"], totalExecutionTime: 545868, totalOccurrences: 132 }, { name: "Fresh Relevance", category: "analytics", domains: ["*.freshrelevance.com", "*.cloudfront.ne", "d1y9qtn9cuc3xw.cloudfront.net", "d81mfvml8p5ml.cloudfront.net", "dkpklk99llpj0.cloudfront.net"], examples: ["d1y9qtn9cuc3xw.cloudfront.ne"], totalExecutionTime: 67014, totalOccurrences: 363 }, { name: "Friendbuy", category: "ad", domains: ["*.friendbuy.com", "djnf6e5yyirys.cloudfront.net"], totalExecutionTime: 1416, totalOccurrences: 2 }, { name: "Frienefit", category: "ad", domains: ["*.frienefit.com"] }, { name: "FuelX", category: "ad", domains: ["*.fuelx.com"] }, { name: "Full Circle Studies", category: "analytics", domains: ["*.securestudies.com"] }, { name: "FullStory", category: "analytics", domains: ["*.fullstory.com"], examples: ["rs.fullstory.com"], totalExecutionTime: 19404383, totalOccurrences: 21307 }, { name: "Fyber", category: "ad", domains: ["*.fyber.com"] }, { name: "G-Forces Web Management", category: "hosting", domains: ["*.gforcesinternal.co.uk"] }, { name: "G4 Native", company: "Gravity4", category: "ad", domains: ["*.triggit.com"] }, { name: "GET ME IN!  (TicketMaster)", category: "content", domains: ["*.getmein.com"] }, { name: "GIPHY", category: "content", domains: ["*.giphy.com"], totalExecutionTime: 8128, totalOccurrences: 12 }, { name: "GainCloud", company: "GainCloud Systems", category: "other", domains: ["*.egaincloud.net"] }, { name: "Gath Adams", category: "content", domains: ["*.iwantthatflight.com.au"] }, { name: "Gecko Tribe", category: "social", domains: ["*.geckotribe.com"] }, { name: "Gemius", category: "ad", domains: ["*.gemius.pl"], totalExecutionTime: 4946449, totalOccurrences: 30525 }, { name: "Genesis Media", category: "ad", domains: ["*.bzgint.com", "*.genesismedia.com", "*.genesismediaus.com"] }, { name: "Genie Ventures", category: "ad", domains: ["*.genieventures.co.uk"] }, { name: "Geniee", category: "ad", domains: ["*.href.asia", "*.genieessp.jp", "*.genieesspv.jp", "*.gssprt.jp"], examples: ["cs.gssprt.jp"], totalExecutionTime: 3554763, totalOccurrences: 15678 }, { name: "Geniuslink", category: "analytics", domains: ["*.geni.us"], totalExecutionTime: 261, totalOccurrences: 4 }, { name: "GeoRiot", category: "other", domains: ["*.georiot.com"] }, { name: "GeoTrust", category: "utility", domains: ["*.geotrust.com"], totalExecutionTime: 35140, totalOccurrences: 2 }, { name: "Geoplugin", category: "utility", domains: ["*.geoplugin.com", "*.geoplugin.net"], totalExecutionTime: 374, totalOccurrences: 3 }, { name: "Georeferencer", company: "Klokan Technologies", category: "utility", domains: ["*.georeferencer.com"] }, { name: "GetIntent RTBSuite", company: "GetIntent", category: "ad", domains: ["*.adhigh.net"], totalExecutionTime: 4821, totalOccurrences: 482 }, { name: "GetResponse", category: "ad", domains: ["*.getresponse.com"], totalExecutionTime: 270766, totalOccurrences: 1161 }, { name: "GetSiteControl", company: "GetWebCraft", category: "utility", domains: ["*.getsitecontrol.com"], totalExecutionTime: 2863450, totalOccurrences: 5242 }, { name: "GetSocial", category: "social", domains: ["*.getsocial.io"] }, { name: "Getty Images", category: "content", domains: ["*.gettyimages.com", "*.gettyimages.co.uk"], examples: ["www.gettyimages.com"], totalExecutionTime: 49857, totalOccurrences: 112 }, { name: "Gfycat", company: "Gycat", category: "utility", domains: ["*.gfycat.com"] }, { name: "Ghostery Enterprise", company: "Ghostery", category: "marketing", domains: ["*.betrad.com"], totalExecutionTime: 929, totalOccurrences: 11 }, { name: "Giant Media", category: "ad", domains: ["*.videostat.com"] }, { name: "Gigya", category: "analytics", domains: ["*.gigya.com"], totalExecutionTime: 4199280, totalOccurrences: 3546 }, { name: "GitHub", category: "utility", domains: ["*.github.com", "*.githubusercontent.com", "*.github.io", "*.rawgit.com"], examples: ["raw.githubusercontent.com", "cdn.rawgit.com"], totalExecutionTime: 14451495, totalOccurrences: 28884 }, { name: "Gladly", company: "Gladly", homepage: "https://www.gladly.com/", category: "customer-success", domains: ["*.gladly.com"], examples: ["cdn.gladly.com"], totalExecutionTime: 700604, totalOccurrences: 1135 }, { name: "Glassdoor", category: "content", domains: ["*.glassdoor.com"], totalExecutionTime: 35171, totalOccurrences: 5 }, { name: "Gleam", category: "marketing", domains: ["*.gleam.io"], totalExecutionTime: 22596, totalOccurrences: 318 }, { name: "Global Digital Markets", category: "ad", domains: ["*.gdmdigital.com"] }, { name: "Global-e", category: "hosting", domains: ["*.global-e.com"], totalExecutionTime: 1701564, totalOccurrences: 3128 }, { name: "GlobalSign", category: "utility", domains: ["*.globalsign.com", "*.globalsign.net"], totalExecutionTime: 18241, totalOccurrences: 101 }, { name: "GlobalWebIndex", category: "analytics", domains: ["*.globalwebindex.net"] }, { name: "Globase International", category: "ad", domains: ["*.globase.com"] }, { name: "GoDataFeed", category: "other", domains: ["*.godatafeed.com"] }, { name: "Google APIs", company: "Google", category: "utility", domains: ["googleapis.com"] }, { name: "Google Ad Block Detection", company: "Google", category: "ad", domains: ["*.0emn.com", "*.0fmm.com"] }, { name: "Google Analytics Experiments", company: "Google", category: "analytics", domains: ["*.gexperiments1.com"] }, { name: "Google DoubleClick Ad Exchange", company: "Google", category: "ad", domains: ["*.admeld.com"] }, { name: "Google IPV6 Metrics", company: "Google", category: "analytics", domains: ["*.ipv6test.net"] }, { name: "Google Plus", company: "Google", category: "social", domains: ["plus.google.com"], totalExecutionTime: 57886, totalOccurrences: 532 }, { name: "Google Trusted Stores", company: "Google", category: "utility", domains: ["*.googlecommerce.com"], totalExecutionTime: 1125, totalOccurrences: 8 }, { name: "Google Video", company: "Google", category: "content", domains: ["*.googlevideo.com"], totalExecutionTime: 1, totalOccurrences: 3 }, { name: "Google reCAPTCHA", company: "Google", category: "utility", domains: ["*.recaptcha.net"], examples: ["api.recaptcha.net"], totalExecutionTime: 45484384, totalOccurrences: 79770 }, { name: "GovMetric", company: "ROL Solutions", category: "analytics", domains: ["*.govmetric.com"], totalExecutionTime: 221, totalOccurrences: 7 }, { name: "Granify", category: "analytics", domains: ["*.granify.com"], totalExecutionTime: 24290, totalOccurrences: 47 }, { name: "Grapeshot", category: "ad", domains: ["*.gscontxt.net", "*.grapeshot.co.uk"] }, { name: "Gravity (AOL)", category: "analytics", domains: ["*.grvcdn.com"] }, { name: "Groovy Gecko", category: "content", domains: ["*.ggwebcast.com", "*.groovygecko.net"] }, { name: "GroupM", category: "ad", domains: ["*.qservz.com"] }, { name: "Guardian Media", category: "ad", domains: ["*.theguardian.com", "*.guardian.co.uk"], examples: ["oas.theguardian.com"], totalExecutionTime: 22664, totalOccurrences: 22 }, { name: "GumGum", category: "ad", domains: ["*.gumgum.com"], totalExecutionTime: 1944081, totalOccurrences: 55537 }, { name: "Gumtree", category: "content", domains: ["*.gumtree.com"] }, { name: "H264 Codec", company: "Cisco", category: "other", domains: ["*.openh264.org"] }, { name: "HERE", category: "analytics", domains: ["*.medio.com"] }, { name: "HP Optimost", company: "Hewlett-Packard Development Company", category: "marketing", domains: ["*.hp.com", "d2uncb19xzxhzx.cloudfront.net"], examples: ["by.marketinghub.hp.com", "marketinghub.hp.com"], totalExecutionTime: 658349, totalOccurrences: 157 }, { name: "Has Offers", company: "TUNE", category: "ad", domains: ["*.go2cloud.org"], totalExecutionTime: 61, totalOccurrences: 1 }, { name: "Hawk Search", category: "utility", domains: ["*.hawksearch.com"], totalExecutionTime: 18447, totalOccurrences: 179 }, { name: "Haymarket Media Group", category: "content", domains: ["*.brandrepublic.com", "*.hbpl.co.uk"] }, { name: "Heap", category: "analytics", domains: ["*.heapanalytics.com"], totalExecutionTime: 3675303, totalOccurrences: 15953 }, { name: "Hearst Communications", category: "content", domains: ["*.h-cdn.co", "*.hearstdigital.com", "*.hearstlabs.com", "*.hearst.io", "*.cdnds.net"] }, { name: "Heatmap", category: "analytics", domains: ["*.heatmap.it"] }, { name: "Heroku", category: "other", domains: ["*.herokuapp.com"], totalExecutionTime: 13746793, totalOccurrences: 17731 }, { name: "Hexton", category: "utility", domains: ["*.hextom.com"], totalExecutionTime: 8836400, totalOccurrences: 54246 }, { name: "Hibernia Networks", category: "utility", domains: ["*.hiberniacdn.com"] }, { name: "High Impact Media", category: "ad", domains: ["*.reactx.com"] }, { name: "Highcharts", category: "utility", domains: ["*.highcharts.com"], totalExecutionTime: 1906071, totalOccurrences: 5327 }, { name: "Highwinds", category: "utility", domains: ["*.hwcdn.net"] }, { name: "HitsLink", category: "analytics", domains: ["*.hitslink.com"], totalExecutionTime: 2252, totalOccurrences: 50 }, { name: "Hola Networks", category: "other", domains: ["*.h-cdn.com"], totalExecutionTime: 75732, totalOccurrences: 70 }, { name: "Hootsuite", category: "analytics", domains: ["*.hootsuite.com"], totalExecutionTime: 49143, totalOccurrences: 20 }, { name: "HotUKDeals", category: "analytics", domains: ["*.hotukdeals.com"] }, { name: "HotWords", company: "Media Response Group", category: "ad", domains: ["*.hotwords.com.br"] }, { name: "HotelsCombined", category: "content", domains: ["*.datahc.com"], totalExecutionTime: 1036, totalOccurrences: 10 }, { name: "Hoverr", category: "ad", domains: ["*.hoverr.media"] }, { name: "Hull.js", category: "utility", domains: ["*.hull.io", "*.hullapp.io"] }, { name: "Hupso Website Analyzer", company: "Hupso", category: "analytics", domains: ["*.hupso.com"], totalExecutionTime: 26063, totalOccurrences: 432 }, { name: "I-Behavior", company: "WPP", category: "ad", domains: ["*.ib-ibi.com"] }, { name: "i-mobile", company: "i-mobile", category: "ad", domains: ["*.i-mobile.co.jp"], examples: ["ssp-sync.i-mobile.co.jp"], totalExecutionTime: 6592666, totalOccurrences: 33261 }, { name: "IBM Digital Analytics", company: "IBM", category: "analytics", domains: ["*.cmcore.com", "coremetrics.com", "data.coremetrics.com", "data.de.coremetrics.com", "libs.de.coremetrics.com", "tmscdn.de.coremetrics.com", "iocdn.coremetrics.com", "libs.coremetrics.com", "tmscdn.coremetrics.com", "*.s81c.com", "*.unica.com", "*.coremetrics.eu"], examples: ["data.coremetrics.eu"], totalExecutionTime: 124419, totalOccurrences: 157 }, { name: "IBM Digital Data Exchange", company: "IBM", category: "tag-manager", domains: ["tagmanager.coremetrics.com"] }, { name: "IBM Tealeaf", company: "IBM", category: "analytics", domains: ["*.ibmcloud.com"], examples: ["uscollector.tealeaf.ibmcloud.com"] }, { name: "IBM Acoustic Campaign", company: "IBM", category: "analytics", domains: ["www.sc.pages01.net", "www.sc.pages02.net", "www.sc.pages03.net", "www.sc.pages04.net", "www.sc.pages05.net", "www.sc.pages06.net", "www.sc.pages07.net", "www.sc.pages08.net", "www.sc.pages09.net", "www.sc.pagesA.net"], examples: ["https://www.sc.pages01.net/lp/static/js/iMAWebCookie.js"], totalExecutionTime: 66494, totalOccurrences: 604 }, { name: "ICF Technology", category: "content", domains: ["*.camads.net"] }, { name: "IFDNRG", category: "hosting", domains: ["*.ifdnrg.com"] }, { name: "IMRG", category: "analytics", domains: ["*.peermap.com", "*.imrg.org"], examples: ["benchmarking.imrg.org"] }, { name: "IPONWEB", category: "ad", domains: ["*.company-target.com", "*.liadm.com", "*.iponweb.net", "*.p161.net"], examples: ["pool.udsp.iponweb.net"], totalExecutionTime: 12861972, totalOccurrences: 50588 }, { name: "IQ Mobile", category: "utility", domains: ["*.iqm.cc"] }, { name: "IS Group", category: "hosting", domains: ["*.creative-serving.com"], totalExecutionTime: 3799, totalOccurrences: 66 }, { name: "IT Dienstleistungen Tim Prinzkosky", category: "utility", domains: ["*.flaticons.net"] }, { name: "IXI Digital", company: "Equifax", category: "ad", domains: ["*.ixiaa.com"] }, { name: "IcoMoon", category: "cdn", domains: ["d19ayerf5ehaab.cloudfront.net", "d1azc1qln24ryf.cloudfront.net"], totalExecutionTime: 35603, totalOccurrences: 183 }, { name: "IdenTrust", category: "utility", domains: ["*.identrust.com"], totalExecutionTime: 932, totalOccurrences: 4 }, { name: "Ido", category: "customer-success", domains: ["*.idio.co"], totalExecutionTime: 545, totalOccurrences: 9 }, { name: "Ignition One", category: "marketing", domains: ["*.searchignite.com"] }, { name: "ImageShack", category: "content", domains: ["*.yfrog.com"] }, { name: "Imagen Studio", category: "utility", domains: ["*.telephonesky.com"] }, { name: "Imagini Holdings", category: "ad", domains: ["*.vdna-assets.com"] }, { name: "Img Safe", category: "content", domains: ["*.imgsafe.org"] }, { name: "Imgur", category: "utility", domains: ["*.imgur.com"], totalExecutionTime: 19947, totalOccurrences: 22 }, { name: "Impact Radius", category: "ad", domains: ["*.impactradius-event.com", "*.impactradius-go.com", "*.7eer.net", "d3cxv97fi8q177.cloudfront.net", "*.evyy.net", "*.ojrq.net", "utt.impactcdn.com", "*.sjv.io"], examples: ["a.impactradius-go.com", "microsoft-uk.evyy.net"], totalExecutionTime: 1582525, totalOccurrences: 9488 }, { name: "Improve Digital", category: "ad", domains: ["*.360yield.com"], totalExecutionTime: 679298, totalOccurrences: 946 }, { name: "Improvely", category: "analytics", domains: ["*.iljmp.com"], totalExecutionTime: 271, totalOccurrences: 6 }, { name: "InMobi", category: "ad", domains: ["*.inmobi.com"], totalExecutionTime: 43809411, totalOccurrences: 76721 }, { name: "InSkin Media", category: "ad", domains: ["*.inskinad.com", "*.inskinmedia.com"] }, { name: "Inbenta", category: "customer-success", domains: ["*.inbenta.com"], totalExecutionTime: 2107, totalOccurrences: 12 }, { name: "Incisive Media", category: "content", domains: ["*.incisivemedia.com"] }, { name: "Indeed", category: "content", domains: ["*.indeed.com"], totalExecutionTime: 904049, totalOccurrences: 4424 }, { name: "Index Exchange", company: "WPP", category: "ad", domains: ["*.casalemedia.com", "*.indexww.com"], totalExecutionTime: 2258669, totalOccurrences: 26702 }, { name: "Indoona", category: "other", domains: ["*.indoona.com"] }, { name: "Infectious Media", category: "ad", domains: ["*.impdesk.com", "*.impressiondesk.com", "*.inmz.net"] }, { name: "Inference Mobile", category: "ad", domains: ["*.inferencemobile.com"] }, { name: "Infinity Tracking", category: "analytics", domains: ["*.infinity-tracking.net"], totalExecutionTime: 27580, totalOccurrences: 316 }, { name: "Infoline", category: "analytics", domains: ["*.ioam.de"], totalExecutionTime: 11195, totalOccurrences: 121 }, { name: "Infolinks", category: "ad", domains: ["*.infolinks.com"], totalExecutionTime: 18796987, totalOccurrences: 12046 }, { name: "Infopark", category: "hosting", domains: ["*.scrvt.com"] }, { name: "Infusionsoft", category: "ad", domains: ["*.infusionsoft.com"], totalExecutionTime: 363988, totalOccurrences: 928 }, { name: "Ink", category: "ad", domains: ["*.inktad.com"] }, { name: "Inktel Contact Center Solutions", company: "Inktel", category: "customer-success", domains: ["*.inktel.com"] }, { name: "Inneractive", category: "ad", domains: ["*.inner-active.mobi"] }, { name: "Innovid", category: "ad", homepage: "https://www.innovid.com/", domains: ["*.innovid.com"], examples: ["ag.innovid.com", "rtr.innovid.com"], totalExecutionTime: 16580, totalOccurrences: 124 }, { name: "Insight Express", category: "analytics", domains: ["*.insightexpressai.com"], totalExecutionTime: 107, totalOccurrences: 1 }, { name: "Insipio", category: "other", domains: ["*.insipio.com"] }, { name: "Inspectlet", category: "analytics", domains: ["*.inspectlet.com"], totalExecutionTime: 4671498, totalOccurrences: 7307 }, { name: "Instansive", category: "utility", domains: ["*.instansive.com"] }, { name: "Instart", homepage: "https://www.instart.com/", category: "utility", domains: ["*.insnw.net"] }, { name: "Instembedder", category: "content", domains: ["*.instaembedder.com"] }, { name: "Instinctive", category: "ad", domains: ["*.instinctiveads.com"] }, { name: "Intelligent Reach", category: "ad", domains: ["*.ist-track.com"] }, { name: "Intent HQ", category: "analytics", domains: ["*.intenthq.com"] }, { name: "Intent IQ", category: "ad", domains: ["*.intentiq.com"], totalExecutionTime: 934273, totalOccurrences: 12094 }, { name: "Intercept Interactive", category: "ad", domains: ["*.undertone.com"], totalExecutionTime: 594126, totalOccurrences: 11232 }, { name: "Interest Graph", company: "AOL", category: "ad", domains: ["*.gravity.com"] }, { name: "Internet Brands", category: "content", domains: ["*.ibpxl.com"] }, { name: "Interpublic Group", category: "ad", domains: ["*.mbww.com"] }, { name: "Interstate", category: "analytics", domains: ["*.interstateanalytics.com"] }, { name: "Interview", category: "analytics", domains: ["*.efm.me"] }, { name: "Intilery", category: "customer-success", domains: ["*.intilery-analytics.com"] }, { name: "Investis", category: "utility", domains: ["*.investis.com"], totalExecutionTime: 158992, totalOccurrences: 401 }, { name: "Investis Flife", category: "hosting", domains: ["*.quartalflife.com"] }, { name: "Invodo", category: "ad", domains: ["*.invodo.com"], examples: ["e.invodo.com"] }, { name: "iSite", category: "analytics", domains: ["*.isitetv.com"], examples: ["static.isitetv.com", "events.isitetv.com"], totalExecutionTime: 5712, totalOccurrences: 10 }, { name: "Issue", category: "content", domains: ["*.issue.by"] }, { name: "J.D. Williams & Co", category: "content", domains: ["*.drct2u.com"] }, { name: "Janrain", category: "analytics", domains: ["*.janrain.com", "*.janrainbackplane.com", "*.rpxnow.com", "d3hmp0045zy3cs.cloudfront.net"], totalExecutionTime: 1262, totalOccurrences: 6 }, { name: "Jellyfish", category: "ad", domains: ["*.jellyfish.net"] }, { name: "JetStream", category: "content", domains: ["*.xlcdn.com"] }, { name: "JingDong", category: "content", domains: ["*.3.com", "*.jd.com"], totalExecutionTime: 159008, totalOccurrences: 119 }, { name: "Jivox", category: "ad", domains: ["*.jivox.com"], totalExecutionTime: 6112, totalOccurrences: 33 }, { name: "Jobvite", category: "content", domains: ["*.jobvite.com"], totalExecutionTime: 37577, totalOccurrences: 176 }, { name: "Johnston Press", category: "content", domains: ["*.johnstonpress.co.uk", "*.jpress.co.uk"] }, { name: "Join the Dots (Research)", category: "social", domains: ["*.jtdiscuss.com"] }, { name: "JotForm", category: "utility", domains: ["*.jotformpro.com"], totalExecutionTime: 793, totalOccurrences: 20 }, { name: "JuicyAds", category: "ad", domains: ["*.juicyads.com"], totalExecutionTime: 717423, totalOccurrences: 4192 }, { name: "JustPremium", category: "ad", domains: ["*.net.net"], examples: ["d2nvliyzbo36lk.cloudfrontd2nvliyzbo36lk.cloudfront.net.net"] }, { name: "JustPremium Ads", company: "JustPremium", category: "ad", domains: ["*.justpremium.com"], totalExecutionTime: 124, totalOccurrences: 4 }, { name: "JustUno", category: "ad", domains: ["*.justuno.com", "d2j3qa5nc37287.cloudfront.net"], totalExecutionTime: 756394, totalOccurrences: 1550 }, { name: "KINX (Korea Internet Neutral eXchange)", category: "other", domains: ["*.kinxcdn.com"], totalExecutionTime: 1102, totalOccurrences: 1 }, { name: "KISSmetrics", category: "analytics", domains: ["*.kissmetrics.com", "doug1izaerwt3.cloudfront.net", "dsyszv14g9ymi.cloudfront.net"], totalExecutionTime: 3966, totalOccurrences: 46 }, { name: "Kaizen Platform", category: "analytics", domains: ["*.kaizenplatform.net"], examples: ["cdn.kaizenplatform.net", "log-v4.kaizenplatform.net"], totalExecutionTime: 149496, totalOccurrences: 366 }, { name: "Kakao", category: "social", domains: ["*.daum.net", "*.daumcdn.net"], totalExecutionTime: 67659206, totalOccurrences: 86604 }, { name: "Kaltura Video Platform", company: "Kaltura", category: "content", domains: ["*.kaltura.com"], examples: ["cdnsecakmi.kaltura.com"], totalExecutionTime: 4361484, totalOccurrences: 1270 }, { name: "Kameleoon", homepage: "https://www.kameleoon.com/", category: "analytics", domains: ["*.kameleoon.com", "*.kameleoon.eu", "*.kameleoon.io"], examples: ["data.kameleoon.io", "kdm3fpv6il.kameleoon.eu"], totalExecutionTime: 5529405, totalOccurrences: 3585 }, { name: "Kampyle", category: "analytics", domains: ["*.kampyle.com"], totalExecutionTime: 307779, totalOccurrences: 1108 }, { name: "Kantar", category: "analytics", domains: ["*.sesamestats.com"] }, { name: "Kargo", category: "marketing", domains: ["*.kargo.com"], totalExecutionTime: 15460040, totalOccurrences: 3852 }, { name: "KARTE", company: "Plaid", homepage: "https://karte.io/", category: "marketing", domains: ["*.karte.io"], examples: ["static.karte.io", "t.karte.io"], totalExecutionTime: 3567057, totalOccurrences: 3044 }, { name: "Kauli", category: "ad", domains: ["*.kau.li"] }, { name: "Keen", company: "Keen", homepage: "https://keen.io/", category: "analytics", domains: ["*.keen.io", "d26b395fwzu5fz.cloudfront.net"], totalExecutionTime: 49848, totalOccurrences: 1317 }, { name: "Kelkoo", category: "hosting", domains: ["*.kelkoo.com"], totalExecutionTime: 2548, totalOccurrences: 2 }, { name: "Kenshoo", category: "marketing", domains: ["*.xg4ken.com"], totalExecutionTime: 1109, totalOccurrences: 26 }, { name: "Key CDN", category: "utility", domains: ["*.kxcdn.com"], totalExecutionTime: 7408898, totalOccurrences: 21180 }, { name: "Keynote", company: "Dynatrace", category: "analytics", domains: ["*.keynote.com"] }, { name: "Keywee", category: "ad", domains: ["*.keywee.co"], totalExecutionTime: 29785, totalOccurrences: 177 }, { name: "Kiosked", category: "ad", domains: ["*.kiosked.com"] }, { name: "Klarna", category: "utility", domains: ["*.klarna.com"], totalExecutionTime: 12130167, totalOccurrences: 20368 }, { name: "Klaviyo", category: "ad", domains: ["*.klaviyo.com"], totalExecutionTime: 335939276, totalOccurrences: 379241 }, { name: "Klevu Search", company: "Klevu", category: "utility", domains: ["*.klevu.com"], totalExecutionTime: 1930575, totalOccurrences: 2126 }, { name: "Klick2Contact", category: "customer-success", domains: ["*.klick2contact.com"] }, { name: "Knight Lab", company: "Northwestern University", category: "utility", domains: ["*.knightlab.com"], totalExecutionTime: 454861, totalOccurrences: 693 }, { name: "Kodajo", category: "other", domains: ["*.kodajo.com"] }, { name: "Komoona", category: "ad", domains: ["*.komoona.com"] }, { name: "Korrelate", company: "JD Power", category: "analytics", domains: ["*.korrelate.net"] }, { name: "LKQD", category: "ad", domains: ["*.lkqd.net"] }, { name: "Layer0", category: "cdn", domains: ["*.layer0.co"], examples: ["rum.layer0.co"] }, { name: "Layershift", category: "hosting", domains: ["109.109.138.174"] }, { name: "Lead Forensics", category: "ad", domains: ["*.200summit.com", "*.baw5tracker.com", "*.business-path-55.com", "*.bux1le001.com", "*.central-core-7.com", "*.direct-azr-78.com", "*.explore-123.com", "*.forensics1000.com", "*.gldsta-02-or.com", "*.green-bloc9.com", "*.lansrv040.com", "*.lead-123.com", "*.leadforensics.com", "*.mavic852.com", "*.mon-com-net.com", "*.peak-ip-54.com", "*.snta0034.com", "*.svr-prc-01.com", "*.syntace-094.com", "*.tghbn12.com", "*.trail-web.com", "*.web-01-gbl.com", "*.web-cntr-07.com", "*.trackdiscovery.net"], examples: ["www.baw5tracker.com", "www.lansrv040.com", "www.mon-com-net.com", "www.peak-ip-54.com", "www.tghbn12.com", "www.web-01-gbl.com"], totalExecutionTime: 281164, totalOccurrences: 1565 }, { name: "Lead Intelligence", company: "Magnetise Solutions", category: "ad", domains: ["*.leadintelligence.co.uk"] }, { name: "LeadLander", category: "analytics", domains: ["*.formalyzer.com", "*.trackalyzer.com"] }, { name: "Leaflet", category: "utility", domains: ["*.leafletjs.com"] }, { name: "LeasdBoxer", company: "LeadBoxer", category: "ad", domains: ["*.leadboxer.com"], totalExecutionTime: 20461, totalOccurrences: 211 }, { name: "LeaseWeb", homepage: "https://www.leaseweb.com/", category: "cdn", domains: ["*.lswcdn.net", "*.leasewebcdn.com"] }, { name: "Leboncoin", category: "content", domains: ["*.leboncoin.fr"], totalExecutionTime: 1009, totalOccurrences: 1 }, { name: "Lengow", category: "hosting", domains: ["*.lengow.com"] }, { name: "Lessbuttons", category: "social", domains: ["*.lessbuttons.com"] }, { name: "Letter Press", category: "ad", domains: ["*.getletterpress.com"] }, { name: "Level 3 Communications", category: "utility", domains: ["footprint.net"] }, { name: "Level3", category: "other", domains: ["secure.footprint.net"] }, { name: "Lifestreet Media", category: "social", domains: ["*.lfstmedia.com"] }, { name: "LiftSuggest", category: "analytics", domains: ["d2blwevgjs7yom.cloudfront.net"] }, { name: "Ligatus", category: "ad", domains: ["*.ligadx.com"] }, { name: "LightStep", category: "analytics", domains: ["*.lightstep.com"] }, { name: "LightWidget", category: "utility", domains: ["*.lightwidget.com"], totalExecutionTime: 2038944, totalOccurrences: 10644 }, { name: "Likelihood", company: "LIkeihood", category: "hosting", domains: ["*.likelihood.com"], examples: ["client.likelihood.com"] }, { name: "LikeShop", company: "Dash Hudson", category: "content", domains: ["likeshop.me"], examples: ["likeshop.me"], totalExecutionTime: 1356, totalOccurrences: 2 }, { name: "LINE Corporation", category: "ad", domains: ["*.line-scdn.net", "*.line.me"], examples: ["d.line-scdn.net", "tr.line.me"], totalExecutionTime: 4648463, totalOccurrences: 66569 }, { name: "Linkcious", category: "analytics", domains: ["*.linkcious.com"] }, { name: "Linking Mobile", category: "ad", domains: ["*.linkingmobile.com"] }, { name: "LittleData", category: "analytics", homepage: "https://www.littledata.io/", domains: ["*.littledata.io"], examples: ["transactions.littledata.io"], totalExecutionTime: 7123, totalOccurrences: 4 }, { name: "LiveBurst", category: "ad", domains: ["*.liveburst.com"] }, { name: "LiveClicker", category: "ad", domains: ["*.liveclicker.net"] }, { name: "LiveHelpNow", category: "customer-success", domains: ["*.livehelpnow.net"], totalExecutionTime: 490066, totalOccurrences: 1390 }, { name: "LiveInternet", category: "analytics", domains: ["*.yadro.ru"] }, { name: "LiveJournal", category: "social", domains: ["*.livejournal.com", "*.livejournal.net"], totalExecutionTime: 83255723, totalOccurrences: 15989 }, { name: "LivePerson", category: "customer-success", homepage: "https://www.liveperson.com/", domains: ["*.liveperson.com", "*.look.io", "*.liveperson.net", "*.lpsnmedia.net"], totalExecutionTime: 2442400, totalOccurrences: 3218 }, { name: "LiveRail", company: "Facebook", category: "ad", domains: ["*.liverail.com", "*.lrcdn.net"], examples: ["scontent.lrcdn.net"] }, { name: "LiveTex", category: "customer-success", domains: ["*.livetex.ru"], totalExecutionTime: 830604, totalOccurrences: 2786 }, { name: "Livefyre", category: "content", domains: ["*.fyre.co", "*.livefyre.com"] }, { name: "Living Map Company", category: "utility", domains: ["*.livingmap.com"] }, { name: "Local World", category: "content", domains: ["*.thelocalpeople.co.uk"] }, { name: "LockerDome", category: "analytics", domains: ["*.lockerdome.com"], totalExecutionTime: 594, totalOccurrences: 7 }, { name: "Logentries", company: "Rapid", category: "utility", domains: ["*.logentries.com"], examples: ["js.logentries.com"] }, { name: "Logicalis", category: "analytics", domains: ["*.trovus.co.uk"] }, { name: "LoginRadius", company: "LoginRadius", homepage: "https://www.loginradius.com/", category: "ad", domains: ["*.loginradius.com", "*.lrcontent.com"], examples: ["config.lrcontent.com"], totalExecutionTime: 67700, totalOccurrences: 277 }, { name: "LongTail Ad Solutions", category: "ad", domains: ["*.jwpcdn.com", "*.jwplatform.com", "*.jwplayer.com", "*.jwpltx.com", "*.jwpsrv.com", "*.longtailvideo.com"], totalExecutionTime: 7962860, totalOccurrences: 9137 }, { name: "Loop Commerce", category: "other", domains: ["*.loopassets.net"] }, { name: "Loop11", category: "analytics", domains: ["*.loop11.com"], totalExecutionTime: 36562, totalOccurrences: 49 }, { name: "LoopMe", category: "ad", domains: ["*.loopme.biz", "*.loopme.com", "*.vntsm.com", "*.loopme.me"], totalExecutionTime: 2768120, totalOccurrences: 5473 }, { name: "Looper", category: "content", domains: ["*.looper.com"] }, { name: "Loyalty Point", category: "ad", domains: ["*.loyaltypoint.pl"] }, { name: "LoyaltyLion", category: "ad", domains: ["*.loyaltylion.com", "*.loyaltylion.net", "dg1f2pfrgjxdq.cloudfront.net"], totalExecutionTime: 5399122, totalOccurrences: 7043 }, { name: "Luma Tag", category: "analytics", domains: ["*.lumatag.co.uk"] }, { name: "Lumesse", category: "content", domains: ["*.recruitmentplatform.com"], totalExecutionTime: 25229, totalOccurrences: 46 }, { name: "Luminate", category: "ad", domains: ["*.luminate.com"] }, { name: "Lynchpin Analytics", category: "analytics", domains: ["*.lypn.net"] }, { name: "Lyris", category: "ad", domains: ["*.clicktracks.com"] }, { name: "Lytics", category: "ad", domains: ["*.lytics.io"], totalExecutionTime: 531080, totalOccurrences: 1149 }, { name: "MEC WebTrack", company: "MEC", category: "ad", domains: ["*.e-webtrack.net"] }, { name: "MECLABS Institute", category: "analytics", domains: ["*.meclabs.com", "*.meclabsdata.com"] }, { name: "MLveda", category: "utility", domains: ["*.mlveda.com"], examples: ["www.mlveda.com"], totalExecutionTime: 210713, totalOccurrences: 411 }, { name: "Macromill", company: "Macromill", category: "analytics", homepage: "https://group.macromill.com/", domains: ["*.macromill.com"], examples: ["img.macromill.com/js/us000131vfg/4000000570-56/lognos.js"], totalExecutionTime: 13132, totalOccurrences: 14 }, { name: "Macropod BugHerd", company: "Macropod", category: "utility", domains: ["*.bugherd.com"], examples: ["www.bugherd.com"], totalExecutionTime: 1007538, totalOccurrences: 8703 }, { name: "Madison Logic", category: "marketing", domains: ["*.ml314.com"], totalExecutionTime: 1574, totalOccurrences: 10 }, { name: "Madmetrics", company: "Keyade", category: "analytics", domains: ["*.keyade.com"] }, { name: "Magnetic", category: "ad", domains: ["*.domdex.com", "d3ezl4ajpp2zy8.cloudfront.net"] }, { name: "Magnetic Platform", company: "Magnetic", category: "ad", domains: ["*.magnetic.is"] }, { name: "MailMunch", category: "ad", domains: ["*.mailmunch.co"], totalExecutionTime: 2174293, totalOccurrences: 30432 }, { name: "MailPlus", category: "ad", domains: ["*.mailplus.nl"], totalExecutionTime: 167217, totalOccurrences: 594 }, { name: "Mapbox", category: "utility", domains: ["*.mapbox.com"], totalExecutionTime: 25329397, totalOccurrences: 32325 }, { name: "Maptive", category: "utility", domains: ["*.maptive.com"] }, { name: "Marcaria.com", category: "other", domains: ["*.gooo.al"] }, { name: "Marchex", category: "analytics", domains: ["*.voicestar.com", "*.marchex.io"], totalExecutionTime: 582132, totalOccurrences: 4249 }, { name: "Mark and Mini", category: "ad", domains: ["*.markandmini.com"], examples: ["www.markandmini.com"] }, { name: "Marker", category: "utility", domains: ["*.marker.io"], examples: ["edge.marker.io"], totalExecutionTime: 4590368, totalOccurrences: 4369 }, { name: "Marketing Dashboards", company: "GroupM", category: "analytics", domains: ["*.m-decision.com"] }, { name: "Marketizator", category: "analytics", domains: ["*.marketizator.com"] }, { name: "Marketplace Web Service", company: "Amazon", category: "other", domains: ["*.ssl-images-amazon.com"], totalExecutionTime: 96936, totalOccurrences: 221 }, { name: "Mashable", category: "social", domains: ["*.mshcdn.com"] }, { name: "MatchWork", category: "utility", domains: ["*.matchwork.com"] }, { name: "MathJax", category: "utility", domains: ["*.mathjax.org"], totalExecutionTime: 147203, totalOccurrences: 1291 }, { name: "Mather Economics", category: "analytics", domains: ["*.matheranalytics.com"], totalExecutionTime: 198746, totalOccurrences: 464 }, { name: "MaxCDN Enterprise", company: "MaxCDN", category: "utility", domains: ["*.netdna-cdn.com", "*.netdna-ssl.com"] }, { name: "MaxMind", category: "utility", domains: ["*.maxmind.com"], totalExecutionTime: 1496398, totalOccurrences: 1236 }, { name: "MaxPoint Interactive", category: "ad", domains: ["*.mxptint.net"], totalExecutionTime: 1939, totalOccurrences: 4124 }, { name: "Maxsi", category: "analytics", domains: ["*.evisitanalyst.com"] }, { name: "Maxymiser", category: "analytics", domains: ["*.maxymiser.net", "maxymiser.hs.llnwd.net"] }, { name: "McAffee", category: "utility", domains: ["*.mcafeesecure.com", "*.scanalert.com"] }, { name: "Measured", category: "analytics", domains: ["*.measured.com"], examples: ["tag.measured.com"], homepage: "https://www.measured.com/" }, { name: "Media IQ", category: "analytics", domains: ["*.mediaiqdigital.com"] }, { name: "Media Management Technologies", category: "ad", domains: ["*.speedshiftmedia.com"], totalExecutionTime: 35098, totalOccurrences: 202 }, { name: "Media Temple", category: "hosting", domains: ["*.goodlayers2.com"] }, { name: "Mediabong", category: "ad", domains: ["*.mediabong.net"] }, { name: "Mediahawk", category: "analytics", domains: ["*.mediahawk.co.uk"], totalExecutionTime: 31318, totalOccurrences: 292 }, { name: "Mediahub", category: "ad", domains: ["*.hubverifyandoptimize.com", "*.projectwatchtower.com"] }, { name: "Mediasyndicator", category: "ad", domains: ["*.creativesyndicator.com"] }, { name: "Medium", category: "content", domains: ["*.medium.com"], totalExecutionTime: 93624965, totalOccurrences: 12128 }, { name: "Meetrics", category: "ad", domains: ["*.de.com", "*.meetrics.net", "*.mxcdn.net"], examples: ["research.de.com"], totalExecutionTime: 267327, totalOccurrences: 314 }, { name: "Mega", company: "Mega Information Technology", category: "other", domains: ["*.mgcdn.com"] }, { name: "Melt", category: "ad", domains: ["*.meltdsp.com", "*.mesp.com"] }, { name: "Meltwater Group", category: "customer-success", domains: ["*.meltwaternews.com"] }, { name: "Meme", category: "ad", domains: ["*.viewwonder.com"] }, { name: "MentAd", category: "ad", domains: ["*.mentad.com"] }, { name: "Mention Me", category: "ad", domains: ["*.mention-me.com"], examples: ["tag.mention-me.com"], totalExecutionTime: 34554, totalOccurrences: 76 }, { name: "Merchant Equipment Store", category: "utility", domains: ["*.merchantequip.com"], totalExecutionTime: 326, totalOccurrences: 2 }, { name: "Merchenta", category: "customer-success", domains: ["*.merchenta.com"] }, { name: "Merkle Digital Data Exchange", company: "Merkle", category: "ad", domains: ["*.brilig.com"] }, { name: "Merkle Paid Search", company: "Merkle", category: "ad", domains: ["*.rkdms.com"], totalExecutionTime: 113769, totalOccurrences: 735 }, { name: "Met Office", category: "content", domains: ["*.metoffice.gov.uk"], totalExecutionTime: 17477, totalOccurrences: 28 }, { name: "Meta Broadcast", category: "social", domains: ["*.metabroadcast.com"], examples: ["voila.metabroadcast.com"] }, { name: "Michael Associates", category: "ad", domains: ["*.checktestsite.com"], examples: ["www.checktestsite.com"] }, { name: "Michelin", category: "content", domains: ["*.viamichelin.com"] }, { name: "Microad", category: "ad", domains: ["*.microad.jp"], totalExecutionTime: 49253250, totalOccurrences: 46304 }, { name: "Microsoft Certificate Services", company: "Microsoft", category: "utility", domains: ["*.msocsp.com"] }, { name: "Microsoft Hosted Libs", company: "Microsoft", category: "cdn", domains: ["*.aspnetcdn.com"], examples: ["ajax.aspnetcdn.com"], totalExecutionTime: 6244008, totalOccurrences: 36189 }, { name: "Microsoft XBox Live", company: "Microsoft", category: "marketing", domains: ["*.xboxlive.com"], totalExecutionTime: 3611, totalOccurrences: 2 }, { name: "Mightypop", category: "ad", domains: ["*.mightypop.ca"] }, { name: "Mika Tuupola", category: "utility", domains: ["*.appelsiini.net"] }, { name: "Millennial Media", category: "ad", domains: ["*.jumptap.com"] }, { name: "Mirror Image Internet", category: "utility", domains: ["*.miisolutions.net"] }, { name: "Mobify", category: "utility", domains: ["*.mobify.com", "*.mobify.net"] }, { name: "Mobile Nations", category: "social", domains: ["*.mobilenations.com"] }, { name: "Mobivate", category: "ad", domains: ["*.mobivatebulksms.com"] }, { name: "Momondo", category: "content", domains: ["*.momondo.dk"] }, { name: "Momondo Group", category: "content", domains: ["*.momondogrouo.com", "*.momondogroup.com"] }, { name: "Monarch Ads", category: "ad", domains: ["*.monarchads.com"] }, { name: "Monetate", category: "analytics", domains: ["*.monetate.net"], totalExecutionTime: 763735, totalOccurrences: 2490 }, { name: "MonetizeMore", category: "ad", domains: ["*.m2.ai"], totalExecutionTime: 1111, totalOccurrences: 17 }, { name: "Monitor", company: "Econda", category: "analytics", domains: ["*.econda-monitor.de"], examples: ["www.econda-monitor.de"] }, { name: "Monkey Frog Media", category: "content", domains: ["*.monkeyfrogmedia.com"] }, { name: "Monotype", category: "cdn", domains: ["*.fonts.com", "*.fonts.net"], totalExecutionTime: 835479, totalOccurrences: 4123 }, { name: "Moore-Wilson", category: "ad", domains: ["*.mwdev.co.uk"] }, { name: "Moovweb", category: "utility", domains: ["*.moovweb.net"] }, { name: "Mopinion", category: "analytics", domains: ["*.mopinion.com"], totalExecutionTime: 370775, totalOccurrences: 570 }, { name: "MotionPoint", category: "other", domains: ["*.convertlanguage.com"] }, { name: "Mouse3K", category: "analytics", domains: ["*.mouse3k.com"] }, { name: "MouseStats", category: "analytics", domains: ["*.mousestats.com"] }, { name: "Mouseflow", homepage: "https://mouseflow.com/", category: "analytics", domains: ["*.mouseflow.com"], totalExecutionTime: 761716, totalOccurrences: 14518 }, { name: "Movable Ink", category: "analytics", domains: ["*.micpn.com"], totalExecutionTime: 206100, totalOccurrences: 2618 }, { name: "MovingIMAGE24", category: "content", domains: ["*.edge-cdn.net"] }, { name: "Moxielinks", category: "ad", domains: ["*.moxielinks.com"] }, { name: "Moz Recommended Companies", company: "Moz", category: "analytics", domains: ["d2eeipcrcdle6.cloudfront.net"] }, { name: "Mozilla", category: "utility", domains: ["*.mozilla.org"], examples: ["aus5.mozilla.org"], totalExecutionTime: 57827, totalOccurrences: 55 }, { name: "Multiview", category: "content", domains: ["*.multiview.com", "*.track-mv.com"], totalExecutionTime: 23636, totalOccurrences: 104 }, { name: "Mux", category: "analytics", domains: ["*.litix.io"], totalExecutionTime: 119855, totalOccurrences: 415 }, { name: "MyAds", company: "MyBuys", category: "analytics", domains: ["*.veruta.com"] }, { name: "MyBuys", category: "analytics", domains: ["*.mybuys.com"] }, { name: "MyFonts", category: "cdn", domains: ["*.myfonts.net"], totalExecutionTime: 368, totalOccurrences: 2 }, { name: "MyRegistry", category: "other", domains: ["*.myregistry.com"], totalExecutionTime: 227761, totalOccurrences: 987 }, { name: "MySpace", company: "Specific Media", category: "social", domains: ["*.myspace.com"] }, { name: "Mynewsdesk", category: "utility", domains: ["*.mynewsdesk.com"], totalExecutionTime: 1743, totalOccurrences: 55 }, { name: "NAVIS", category: "content", domains: ["*.navistechnologies.info"] }, { name: "NCC Group Real User Monitoring", company: "NCC Group", category: "analytics", domains: ["*.nccgroup-webperf.com"], examples: ["beacon-rumlive.rum.nccgroup-webperf.com", "config-rumlive.rum.nccgroup-webperf.com", "script-rumlive.rum.nccgroup-webperf.com"] }, { name: "NEORY Marketing Cloud", company: "NEORY", category: "marketing", domains: ["*.ad-srv.net"], totalExecutionTime: 33137, totalOccurrences: 974 }, { name: "Nanigans", category: "ad", domains: ["*.nanigans.com"] }, { name: "Nano Interactive", category: "ad", domains: ["*.audiencemanager.de"], totalExecutionTime: 4216, totalOccurrences: 46 }, { name: "Nanorep", company: "Nanorep Technologies", category: "customer-success", domains: ["*.nanorep.com"] }, { name: "Narrative", category: "ad", domains: ["*.narrative.io"], totalExecutionTime: 1119, totalOccurrences: 2 }, { name: "Native Ads", category: "ad", domains: ["*.nativeads.com"] }, { name: "Nativo", category: "ad", domains: ["*.postrelease.com"], totalExecutionTime: 2584, totalOccurrences: 208 }, { name: "Navegg", category: "ad", domains: ["*.navdmp.com"], totalExecutionTime: 74405, totalOccurrences: 1197 }, { name: "NaviStone", category: "ad", domains: ["*.murdoog.com"] }, { name: "Naytev", category: "analytics", domains: ["*.naytev.com"] }, { name: "Needle", category: "analytics", domains: ["*.needle.com"] }, { name: "Neiman Marcus", category: "content", domains: ["*.ctscdn.com"] }, { name: "Nend", category: "ad", domains: ["*.nend.net"] }, { name: "Neodata", category: "ad", domains: ["*.neodatagroup.com"], totalExecutionTime: 20514, totalOccurrences: 145 }, { name: "Net Applications", category: "analytics", domains: ["*.hitsprocessor.com"], totalExecutionTime: 52, totalOccurrences: 1 }, { name: "Net Reviews", category: "analytics", domains: ["*.avis-verifies.com"], examples: ["www.avis-verifies.com"], totalExecutionTime: 646561, totalOccurrences: 1984 }, { name: "NetAffiliation", company: "Kwanco", category: "ad", domains: ["*.metaffiliation.com"], totalExecutionTime: 26187, totalOccurrences: 208 }, { name: "NetDirector", company: "G-Forces Web Management", category: "other", domains: ["*.netdirector.co.uk"], totalExecutionTime: 23292, totalOccurrences: 16 }, { name: "NetFlix", category: "content", domains: ["*.nflxext.com", "*.nflximg.net"], totalExecutionTime: 55049, totalOccurrences: 20 }, { name: "Nielsen NetRatings SiteCensus", company: "The Nielsen Company", homepage: "http://www.nielsen-online.com/intlpage.html", category: "analytics", domains: ["*.imrworldwide.com"], totalExecutionTime: 5510041, totalOccurrences: 14246 }, { name: "NetSeer", category: "ad", domains: ["*.netseer.com", "*.ns-cdn.com"] }, { name: "NetShelter", company: "Ziff Davis Tech", category: "ad", domains: ["*.netshelter.net"] }, { name: "Netmining", company: "Ignition One", category: "ad", domains: ["*.netmng.com"] }, { name: "Netop", category: "customer-success", domains: ["*.netop.com"] }, { name: "Network Solutions", category: "utility", domains: ["*.netsolssl.com", "*.networksolutions.com"], examples: ["ocsp.netsolssl.com"], totalExecutionTime: 16915, totalOccurrences: 5 }, { name: "Neustar AdAdvisor", company: "Neustar", category: "ad", domains: ["*.adadvisor.net"] }, { name: "New Approach Media", category: "ad", domains: ["*.newapproachmedia.co.uk"] }, { name: "NewShareCounts", category: "social", domains: ["*.newsharecounts.com"] }, { name: "News", category: "social", domains: ["*.news.com.au", "*.newsanalytics.com.au", "*.newsapi.com.au", "*.newscdn.com.au", "*.newsdata.com.au", "*.newsdiscover.com.au", "*.news-static.com"], totalExecutionTime: 204920, totalOccurrences: 84 }, { name: "Newsquest", category: "content", domains: ["*.newsquestdigital.co.uk"] }, { name: "Newzulu", category: "content", domains: ["*.filemobile.com", "*.projects.fm"] }, { name: "Nexcess.Net", category: "hosting", domains: ["*.nexcesscdn.net"] }, { name: "Nexstar Media Group", category: "ad", domains: ["*.yashi.com"] }, { name: "NextPerf", company: "Rakuten Marketing", category: "ad", domains: ["*.nxtck.com"] }, { name: "Nine.com.au", company: "Nine Digital", category: "content", domains: ["*.9msn.com.au"] }, { name: "NitroSell", category: "hosting", domains: ["*.nitrosell.com"] }, { name: "Nochex", category: "utility", domains: ["*.nochex.com"] }, { name: "Northern &amp; Shell Media Group", category: "content", domains: ["*.northernandshell.co.uk"] }, { name: "Nosto", category: "analytics", domains: ["*.nosto.com"], totalExecutionTime: 854875, totalOccurrences: 2024 }, { name: "Now Interact", category: "analytics", domains: ["*.nowinteract.com"], totalExecutionTime: 6406, totalOccurrences: 24 }, { name: "Numberly", company: "1000mercis", category: "ad", domains: ["*.mmtro.com", "*.nzaza.com"], totalExecutionTime: 5308, totalOccurrences: 46 }, { name: "NyaConcepts", category: "analytics", domains: ["*.xclusive.ly"] }, { name: "O2", category: "other", domains: ["*.o2.co.uk"], examples: ["servedby.o2.co.uk"] }, { name: "GoDaddy", homepage: "https://www.godaddy.com/", category: "utility", domains: ["*.godaddy.com", "*.wsimg.com"], examples: ["ocsp.godaddy.com", "seal.godaddy.com"], totalExecutionTime: 402755020, totalOccurrences: 239631 }, { name: "ObjectPlanet", category: "analytics", domains: ["*.easypolls.net"], totalExecutionTime: 42343, totalOccurrences: 89 }, { name: "OhMyAd", category: "ad", domains: ["*.ohmyad.co"], examples: ["pr.ohmyad.co"] }, { name: "Okas Concepts", category: "utility", domains: ["*.okasconcepts.com"], totalExecutionTime: 1101275, totalOccurrences: 861 }, { name: "Okta", category: "analytics", domains: ["*.okta.com"], totalExecutionTime: 1109643, totalOccurrences: 4962 }, { name: "Olapic", category: "content", domains: ["*.photorank.me"] }, { name: "Ometria", category: "analytics", domains: ["*.ometria.com"], totalExecutionTime: 44193, totalOccurrences: 377 }, { name: "Omniconvert", category: "analytics", domains: ["*.omniconvert.com", "d2tgfbvjf3q6hn.cloudfront.net", "d3vbj265bmdenw.cloudfront.net"], totalExecutionTime: 275071, totalOccurrences: 1003 }, { name: "Omniroot", company: "Verizon", category: "utility", domains: ["*.omniroot.com"], examples: ["ocsp.omniroot.com", "vassg142.ocsp.omniroot.com"] }, { name: "OnAudience", company: "Cloud Technologies", category: "ad", domains: ["*.onaudience.com"], totalExecutionTime: 4128, totalOccurrences: 2 }, { name: "OnScroll", category: "ad", domains: ["*.onscroll.com"] }, { name: "OnState", category: "ad", domains: ["*.onstate.co.uk"] }, { name: "OnYourMap", category: "utility", domains: ["*.onyourmap.com"] }, { name: "One by AOL", company: "AOL", category: "ad", domains: ["*.adtechjp.com", "*.adtech.de"] }, { name: "One by AOL:Mobile", company: "AOL", category: "ad", domains: ["*.nexage.com"], examples: ["ads.nexage.com", "hb.nexage.com"] }, { name: "OneAll", category: "analytics", domains: ["*.oneall.com"], totalExecutionTime: 199500, totalOccurrences: 1018 }, { name: "OneSoon", category: "analytics", domains: ["*.adalyser.com"], totalExecutionTime: 76604, totalOccurrences: 997 }, { name: "OneTag", category: "ad", domains: ["*.onetag-sys.com"] }, { name: "Onet", category: "ad", domains: ["*.onet.pl"], totalExecutionTime: 1226928, totalOccurrences: 1712 }, { name: "Online Rewards", company: "Mastercard", category: "ad", domains: ["*.loyaltygateway.com"] }, { name: "Online republic", category: "content", domains: ["*.imallcdn.net"], totalExecutionTime: 113728, totalOccurrences: 98 }, { name: "Ooyala", category: "ad", domains: ["*.ooyala.com"] }, { name: "OpenTable", company: "Priceline Group", category: "content", domains: ["*.opentable.com", "*.opentable.co.uk", "*.toptable.co.uk"], examples: ["www.toptable.co.uk"], totalExecutionTime: 14435003, totalOccurrences: 10010 }, { name: "OpenX Ad Exchange", company: "OpenX Technologies", category: "ad", domains: ["*.liftdna.com"] }, { name: "Opinion Stage", category: "analytics", domains: ["*.opinionstage.com"], examples: ["www.opinionstage.com"], totalExecutionTime: 141877, totalOccurrences: 188 }, { name: "OpinionBar", category: "analytics", domains: ["*.opinionbar.com"] }, { name: "Opta", company: "Perform Group", category: "content", domains: ["*.opta.net"], totalExecutionTime: 341801, totalOccurrences: 345 }, { name: "OptiMonk", category: "ad", domains: ["*.optimonk.com"], totalExecutionTime: 26566490, totalOccurrences: 21190 }, { name: "Optilead", category: "analytics", domains: ["*.dyn-img.com", "*.leadcall.co.uk", "*.optilead.co.uk"] }, { name: "Optimatic", category: "ad", domains: ["*.optimatic.com"], examples: ["synch.optimatic.com"] }, { name: "Optimise Media Group", category: "utility", domains: ["*.omguk.com"], totalExecutionTime: 8341, totalOccurrences: 76 }, { name: "Optimost", company: "OpenText", category: "ad", domains: ["*.optimost.com"] }, { name: "Optimove", company: "Mobius Solutions", category: "analytics", domains: ["*.optimove.net"], totalExecutionTime: 124258, totalOccurrences: 761 }, { name: "Optorb", category: "ad", domains: ["*.optorb.com"] }, { name: "Oracle", category: "marketing", domains: ["*.custhelp.com", "*.eloqua.com", "*.en25.com", "*.estara.com", "*.instantservice.com"], totalExecutionTime: 705853, totalOccurrences: 723 }, { name: "Oracle Recommendations On Demand", company: "Oracle", category: "analytics", domains: ["*.atgsvcs.com"], totalExecutionTime: 29817, totalOccurrences: 205 }, { name: "Oracle Responsys", company: "Oracle", category: "marketing", domains: ["*.adrsp.net", "*.responsys.net"] }, { name: "Order Security-VOID", company: "Order Security", category: "analytics", domains: ["*.order-security.com"] }, { name: "Oriel", category: "ad", domains: ["*.oriel.io"] }, { name: "Outbrain", homepage: "https://www.outbrain.com/", category: "ad", domains: ["*.outbrain.com", "*.outbrainimg.com", "*.visualrevenue.com"], totalExecutionTime: 4048432, totalOccurrences: 21722 }, { name: "OverStream", company: "Coull", category: "ad", domains: ["*.coull.com"], examples: ["ex1.coull.com"] }, { name: "Overdrive", category: "content", domains: ["*.contentreserve.com"] }, { name: "Overstock", category: "utility", domains: ["*.ostkcdn.com"], totalExecutionTime: 17251, totalOccurrences: 9 }, { name: "OwnerIQ", category: "ad", domains: ["*.owneriq.net"] }, { name: "OzCart", category: "utility", domains: ["*.ozcart.com.au"] }, { name: "Ozone Media", category: "ad", domains: ["*.adadyn.com"] }, { name: "Loqate", company: "Loqate", category: "other", domains: ["*.pcapredict.com", "*.postcodeanywhere.co.uk"], totalExecutionTime: 274940, totalOccurrences: 1707 }, { name: "PEER 1 Hosting", category: "hosting", domains: ["*.peer1.com"] }, { name: "PERFORM", category: "content", domains: ["*.performgroup.com"] }, { name: "PICnet", category: "hosting", domains: ["*.nonprofitsoapbox.com"] }, { name: "Pacnet", company: "Telstra", category: "other", domains: ["*.cdndelivery.net"], examples: ["682968324.r.cdndelivery.net"] }, { name: "Pagefair", category: "ad", domains: ["*.pagefair.com", "*.pagefair.net"] }, { name: "Pagely", category: "other", domains: ["*.optnmstr.com"], totalExecutionTime: 166489, totalOccurrences: 557 }, { name: "Pagesuite", category: "ad", domains: ["*.pagesuite-professional.co.uk"], totalExecutionTime: 1499, totalOccurrences: 2 }, { name: "Pardot", category: "marketing", domains: ["*.pardot.com"], totalExecutionTime: 127829, totalOccurrences: 1074 }, { name: "Parse.ly", category: "analytics", domains: ["*.parsely.com", "d1z2jf7jlzjs58.cloudfront.net"], totalExecutionTime: 1483705, totalOccurrences: 7345 }, { name: "Pay per Click", company: "Eysys", category: "ad", domains: ["*.eysys.com"], examples: ["pla27.eysys.com"] }, { name: "PayPal Ads", category: "ad", domains: ["*.where.com"] }, { name: "Peaks & Pies", category: "analytics", domains: ["*.bunchbox.co"] }, { name: "PebblePost", category: "ad", domains: ["*.pbbl.co"], totalExecutionTime: 141414, totalOccurrences: 656 }, { name: "Peerius", category: "analytics", domains: ["*.peerius.com"] }, { name: "Peermap", company: "IMRG", category: "analytics", domains: ["peermapcontent.affino.com"] }, { name: "Penske Media", category: "content", domains: ["*.pmc.com"], totalExecutionTime: 1695, totalOccurrences: 3 }, { name: "Penton", category: "utility", domains: ["*.pisces-penton.com"] }, { name: "Pepper", category: "ad", domains: ["*.peppercorp.com"] }, { name: "Perfect Audience", company: "Marin Software", category: "ad", domains: ["*.prfct.co", "*.marinsm.com", "*.perfectaudience.com"] }, { name: "Perfect Market", category: "ad", domains: ["*.perfectmarket.com"] }, { name: "Perfect Privacy", category: "other", domains: ["*.suitesmart.com"] }, { name: "Perform Group", category: "content", domains: ["*.performfeeds.com", "*.premiumtv.co.uk"] }, { name: "Performio", category: "ad", domains: ["*.performax.cz"], examples: ["ut.performax.cz"], totalExecutionTime: 435475, totalOccurrences: 1164 }, { name: "PerimeterX Bot Defender", company: "PerimeterX", category: "utility", domains: ["*.perimeterx.net", "*.pxi.pub"], totalExecutionTime: 45962, totalOccurrences: 30 }, { name: "Periscope", category: "content", domains: ["*.periscope.tv"] }, { name: "Permutive", category: "ad", domains: ["*.permutive.com", "d3alqb8vzo7fun.cloudfront.net"], totalExecutionTime: 2960466, totalOccurrences: 1399 }, { name: "Petametrics", category: "analytics", domains: ["*.petametrics.com"] }, { name: "PhotoBucket", category: "content", domains: ["*.photobucket.com"], totalExecutionTime: 35574, totalOccurrences: 14 }, { name: "Picreel", category: "analytics", domains: ["*.pcrl.co", "*.picreel.com"], totalExecutionTime: 69307, totalOccurrences: 446 }, { name: "Pictela (AOL)", category: "analytics", domains: ["*.pictela.net"] }, { name: "PistonHeads", category: "social", domains: ["*.pistonheads.com"] }, { name: "Piwik", category: "analytics", domains: ["*.drtvtracker.com", "*.piwikpro.com", "*.raac33.net"] }, { name: "Pixalate", category: "utility", domains: ["*.adrta.com"] }, { name: "Pixlee", category: "social", domains: ["*.pixlee.com"], totalExecutionTime: 115224, totalOccurrences: 378 }, { name: "Placed", category: "analytics", domains: ["*.placed.com"] }, { name: "Planning-inc", category: "analytics", domains: ["*.planning-inc.co.uk"] }, { name: "PlayAd Media Group", category: "ad", domains: ["*.youplay.se"] }, { name: "Playbuzz", category: "hosting", domains: ["*.playbuzz.com"], totalExecutionTime: 58333, totalOccurrences: 120 }, { name: "Pleenq", category: "ad", domains: ["*.pleenq.com"] }, { name: "Plentific", category: "content", domains: ["*.plentific.com"] }, { name: "PluginDetect", category: "other", domains: ["dtlilztwypawv.cloudfront.net"] }, { name: "Po.st", company: "RadiumOne", category: "utility", domains: ["*.po.st"] }, { name: "Pointpin", category: "utility", domains: ["*.pointp.in"] }, { name: "Pointroll (Garnett)", category: "ad", domains: ["*.pointroll.com"] }, { name: "Polar", homepage: "https://polar.me/", category: "ad", domains: ["*.polarmobile.ca", "*.mediaeverywhere.com", "*.mediavoice.com", "*.plrsrvcs.com", "*.polarcdn-engine.com", "*.polarcdn-meraxes.com", "*.polarcdn-pentos.com", "*.polarcdn-static.com", "*.polarcdn-terrax.com", "*.polarcdn.com", "*.polarmobile.com", "*.poweredbypolar.com", "*.mediaconductor.me", "*.polaracademy.me"], totalExecutionTime: 145219, totalOccurrences: 121 }, { name: "PollDaddy (Automattic)", category: "ad", domains: ["static.polldaddy.com", "*.poll.fm"], totalExecutionTime: 5556, totalOccurrences: 59 }, { name: "Polldaddy", company: "Automattic", category: "analytics", domains: ["polldaddy.com", "*.polldaddy.com"], totalExecutionTime: 294219, totalOccurrences: 2394 }, { name: "Polyfill service", company: "Polyfill.io", category: "other", domains: ["*.polyfill.io"] }, { name: "MegaPopAds", category: "ad", domains: ["*.megapopads.com"] }, { name: "Populis", category: "ad", domains: ["*.populisengage.com"] }, { name: "Postimage.org", category: "content", domains: ["*.postimg.org"] }, { name: "PowerFront", category: "hosting", domains: ["*.inside-graph.com"], totalExecutionTime: 388654, totalOccurrences: 605 }, { name: "PowerReviews", category: "analytics", domains: ["*.powerreviews.com"], totalExecutionTime: 2021130, totalOccurrences: 2121 }, { name: "Powerlinks.com", category: "ad", domains: ["*.powerlinks.com"] }, { name: "Press+", category: "ad", domains: ["*.pipol.com", "*.ppjol.com", "*.ppjol.net"] }, { name: "PressArea", category: "utility", domains: ["*.pressarea.com"], examples: ["www.pressarea.com"] }, { name: "Pretio Interactive", category: "ad", domains: ["*.pretio.in"] }, { name: "Prezi", category: "utility", domains: ["*.prezi.com"], totalExecutionTime: 87822, totalOccurrences: 94 }, { name: "PriceGrabber", category: "content", domains: ["*.pgcdn.com", "*.pricegrabber.com"] }, { name: "PriceRunner", category: "content", domains: ["*.pricerunner.com"], totalExecutionTime: 261, totalOccurrences: 8 }, { name: "PrintFriendly", category: "utility", domains: ["*.printfriendly.com"], totalExecutionTime: 165724, totalOccurrences: 1076 }, { name: "Privy", category: "ad", domains: ["*.privy.com", "*.privymktg.com"], totalExecutionTime: 44443617, totalOccurrences: 28409 }, { name: "Proclivity Media", category: "analytics", domains: ["*.pswec.com"] }, { name: "Profitshare", category: "ad", domains: ["*.profitshare.ro"], totalExecutionTime: 51009, totalOccurrences: 202 }, { name: "Programattik", category: "ad", domains: ["*.programattik.com"], totalExecutionTime: 52, totalOccurrences: 5 }, { name: "Proper Media", category: "content", domains: ["*.proper.io"] }, { name: "Property Week", category: "content", domains: ["*.propertyweek.com"], examples: ["www.propertyweek.com"] }, { name: "Provide Support", category: "customer-success", domains: ["*.providesupport.com"], totalExecutionTime: 119564, totalOccurrences: 1679 }, { name: "Proweb Uk", category: "hosting", domains: ["*.proweb.net"] }, { name: "Proximic (ComScore)", category: "ad", domains: ["*.proximic.com"] }, { name: "Psyma", category: "ad", domains: ["*.psyma.com"], totalExecutionTime: 7449, totalOccurrences: 7 }, { name: "PubFactory", company: "Safari Books Online", category: "content", domains: ["*.pubfactory.com"] }, { name: "PubNation", category: "ad", domains: ["*.pubnation.com"], totalExecutionTime: 4396336, totalOccurrences: 726 }, { name: "Publicidad.net", category: "ad", domains: ["*.publicidad.tv"] }, { name: "PublishThis", company: "Ultra Unlimited", category: "ad", domains: ["*.publishthis.com"] }, { name: "Pulse Insights", category: "analytics", domains: ["*.pulseinsights.com"], totalExecutionTime: 9401, totalOccurrences: 98 }, { name: "Pulsepoint", category: "marketing", domains: ["*.displaymarketplace.com"] }, { name: "Purch", category: "ad", domains: ["*.bestofmedia.com", "*.purch.com"], examples: ["ramp.purch.com"] }, { name: "Pure Chat", category: "customer-success", domains: ["*.purechat.com"], totalExecutionTime: 1336668, totalOccurrences: 3863 }, { name: "PushCrew", category: "ad", domains: ["*.pushcrew.com"], totalExecutionTime: 179886, totalOccurrences: 880 }, { name: "Q1Media", category: "ad", domains: ["*.q1media.com", "*.q1mediahydraplatform.com"] }, { name: "Qbase Software Development", category: "hosting", domains: ["*.smartwebportal.co.uk"] }, { name: "Qeryz", category: "analytics", domains: ["*.qeryz.com"] }, { name: "Qode Interactive", category: "hosting", domains: ["*.qodeinteractive.com"], totalExecutionTime: 1766424, totalOccurrences: 215 }, { name: "Qrius", category: "social", domains: ["*.qrius.me"] }, { name: "Qualaroo", category: "analytics", domains: ["*.qualaroo.com"], totalExecutionTime: 81036, totalOccurrences: 521 }, { name: "Qualtrics", category: "analytics", domains: ["*.qualtrics.com"], totalExecutionTime: 9196547, totalOccurrences: 14199 }, { name: "Qubit", company: "Qubit", category: "analytics", domains: ["*.qubit.com", "*.qutics.com", "d3c3cq33003psk.cloudfront.net", "*.goqubit.com", "*.qubitproducts.com"] }, { name: "Qubit Deliver", company: "Qubit", category: "analytics", domains: ["d1m54pdnjzjnhe.cloudfront.net", "d22rutvoghj3db.cloudfront.net", "dd6zx4ibq538k.cloudfront.net"] }, { name: "QuestionPro", category: "analytics", domains: ["*.questionpro.com"], totalExecutionTime: 86801, totalOccurrences: 191 }, { name: "Queue-it", category: "other", domains: ["*.queue-it.net"], totalExecutionTime: 91512, totalOccurrences: 483 }, { name: "QuinStreet", category: "ad", domains: ["*.Quinstreet.com", "*.b2btechleadform.com", "*.qnsr.com", "*.qsstats.com"], examples: ["www.qsstats.com"] }, { name: "QuoVadis", category: "utility", domains: ["*.quovadisglobal.com"] }, { name: "Qzzr", category: "analytics", domains: ["*.movementventures.com", "*.qzzr.com"], examples: ["www.qzzr.com"] }, { name: "RapidAPI", category: "utility", domains: ["*.rapidapi.com"], examples: ["telize-v1.p.rapidapi.com"], totalExecutionTime: 52, totalOccurrences: 2 }, { name: "RCS Media Group", category: "ad", domains: ["*.rcsadv.it"] }, { name: "REVIVVE", category: "ad", domains: ["*.revivve.com"] }, { name: "RSSinclude", category: "social", domains: ["*.rssinclude.com"] }, { name: "RTB House AdPilot", company: "RTB House", category: "ad", domains: ["*.erne.co", "*.creativecdn.com"], totalExecutionTime: 2115841, totalOccurrences: 25479 }, { name: "RTB Media", category: "ad", domains: ["*.rtb-media.me"] }, { name: "RUN", category: "ad", domains: ["*.runadtag.com", "*.rundsp.com"] }, { name: "Rackspace", category: "hosting", domains: ["*.rackcdn.com", "*.rackspacecloud.com", "*.raxcdn.com", "*.websitetestlink.com"], totalExecutionTime: 3504475, totalOccurrences: 4025 }, { name: "RadiumOne", category: "ad", domains: ["*.gwallet.com", "*.r1-cdn.net"] }, { name: "Rakuten DC Storm", company: "Rakuten", category: "analytics", domains: ["*.dc-storm.com", "*.h4k5.com", "*.stormiq.com"] }, { name: "Rakuten LinkShare", company: "Rakuten", category: "ad", domains: ["*.linksynergy.com"], totalExecutionTime: 10082, totalOccurrences: 95 }, { name: "Rakuten Marketing", company: "Rakuten", category: "ad", domains: ["*.rakuten-static.com", "*.rmtag.com", "tag.rmp.rakuten.com"], totalExecutionTime: 843022, totalOccurrences: 5917 }, { name: "Rakuten MediaForge", company: "Rakuten", category: "ad", domains: ["*.mediaforge.com"], totalExecutionTime: 1875, totalOccurrences: 25 }, { name: "Rambler", company: "Rambler & Co", category: "utility", domains: ["*.rambler.ru"], totalExecutionTime: 26881860, totalOccurrences: 23636 }, { name: "Ranker", category: "content", domains: ["*.ranker.com", "*.rnkr-static.com"] }, { name: "Ravelin", category: "utility", domains: ["*.ravelin.com"] }, { name: "Raygun", category: "utility", domains: ["*.raygun.io", "*.rapidzebra.io"], totalExecutionTime: 507895, totalOccurrences: 4363 }, { name: "ReCollect", category: "utility", domains: ["*.recollect.net"], totalExecutionTime: 277532, totalOccurrences: 157 }, { name: "ReSRC", category: "utility", domains: ["*.resrc.it"] }, { name: "ReTargeter", category: "ad", domains: ["*.retargeter.com"] }, { name: "Reach Group", category: "ad", domains: ["*.redintelligence.net"], totalExecutionTime: 4742, totalOccurrences: 680 }, { name: "ReachDynamics", category: "ad", domains: ["*.rdcdn.com"] }, { name: "ReachForce", category: "ad", domains: ["*.reachforce.com"] }, { name: "ReachLocal", category: "ad", domains: ["*.rtrk.co.nz"], examples: ["rtsys.rtrk.co.nz"] }, { name: "ReachMee", category: "content", domains: ["*.reachmee.com"], totalExecutionTime: 147878, totalOccurrences: 101 }, { name: "Reactful", category: "analytics", domains: ["*.reactful.com"] }, { name: "Realtime", company: "internet business technologies", category: "utility", domains: ["*.realtime.co"] }, { name: "Realtime Media (Brian Communications)", category: "ad", domains: ["*.rtm.com"] }, { name: "Realtime Targeting", category: "ad", domains: ["*.idtargeting.com"] }, { name: "Realytics", category: "analytics", domains: ["dcniko1cv0rz.cloudfront.net", "*.realytics.net"], totalExecutionTime: 7e4, totalOccurrences: 471 }, { name: "RebelMouse", category: "ad", domains: ["*.rebelmouse.com", "*.rbl.ms"], examples: ["www.rebelmouse.com"], totalExecutionTime: 12256, totalOccurrences: 99 }, { name: "Receiptful", category: "utility", domains: ["*.receiptful.com"], totalExecutionTime: 64156, totalOccurrences: 406 }, { name: "Recite Me", category: "other", domains: ["*.reciteme.com"], totalExecutionTime: 48255, totalOccurrences: 241 }, { name: "RecoBell", category: "analytics", domains: ["*.recobell.io"] }, { name: "Recommend", category: "analytics", domains: ["*.recommend.pro"] }, { name: "Red Eye International", category: "ad", domains: ["*.pajmc.com"] }, { name: "Redfish Group", category: "ad", domains: ["*.wmps.com"] }, { name: "Reevoo", category: "analytics", domains: ["*.reevoo.com"], totalExecutionTime: 158828, totalOccurrences: 194 }, { name: "Refersion", category: "ad", domains: ["*.refersion.com"], totalExecutionTime: 122675, totalOccurrences: 603 }, { name: "Refined Ads", category: "ad", domains: ["*.refinedads.com"] }, { name: "Reflektion", category: "analytics", domains: ["*.reflektion.com", "d26opx5dl8t69i.cloudfront.net"] }, { name: "Reflow", company: "Scenestealer", category: "ad", domains: ["*.reflow.tv"] }, { name: "Reklama", category: "ad", domains: ["*.o2.pl", "*.wp.pl"], examples: ["dot.wp.pl", "px.o2.pl", "px.wp.pl"], totalExecutionTime: 1153716, totalOccurrences: 2694 }, { name: "Relevad ReleStar", company: "Relevad", category: "ad", domains: ["*.relestar.com"] }, { name: "Remarketing Pixel", company: "Adsterra Network", category: "ad", domains: ["*.datadbs.com", "*.remarketingpixel.com"] }, { name: "Remintrex", company: "SmartUp Venture", category: "ad", domains: ["*.remintrex.com"] }, { name: "Republer", category: "ad", domains: ["*.republer.com"], examples: ["sync.republer.com"] }, { name: "Research Now", category: "analytics", domains: ["*.researchgnow.com", "*.researchnow.com"], examples: ["tag.researchgnow.com"] }, { name: "Research Online", company: "Skills Development Scotland", category: "content", domains: ["*.researchonline.org.uk"], examples: ["www.researchonline.org.uk"] }, { name: "Resonance Insights", category: "analytics", domains: ["*.res-x.com"] }, { name: "Resonate Networks", category: "analytics", domains: ["*.reson8.com"], totalExecutionTime: 2224, totalOccurrences: 1 }, { name: "Response Team", category: "ad", domains: ["*.i-transactads.com"] }, { name: "ResponseTap", category: "analytics", domains: ["*.adinsight.com", "*.responsetap.com"], totalExecutionTime: 145976, totalOccurrences: 321 }, { name: "ResponsiveVoice", category: "other", domains: ["*.responsivevoice.org"], totalExecutionTime: 1403751, totalOccurrences: 12440 }, { name: "Retention Science", category: "ad", domains: ["*.retentionscience.com", "d1stxfv94hrhia.cloudfront.net"], totalExecutionTime: 21820, totalOccurrences: 261 }, { name: "Revcontent", category: "content", domains: ["*.revcontent.com"], totalExecutionTime: 4785499, totalOccurrences: 4259 }, { name: "Revee", category: "ad", domains: ["*.revee.com"] }, { name: "Revenue Conduit", category: "utility", domains: ["*.revenueconduit.com"] }, { name: "RevenueMantra", category: "ad", domains: ["*.revenuemantra.com"] }, { name: "Reviews.co.uk", category: "analytics", domains: ["*.reviews.co.uk"], totalExecutionTime: 1775067, totalOccurrences: 2606 }, { name: "Reviews.io", category: "analytics", domains: ["*.reviews.io"], totalExecutionTime: 4046787, totalOccurrences: 8042 }, { name: "Revolver Maps", category: "analytics", domains: ["*.revolvermaps.com"] }, { name: "Revv", category: "utility", domains: ["*.revv.co"] }, { name: "RichRelevance", category: "analytics", domains: ["*.richrelevance.com"], totalExecutionTime: 11265, totalOccurrences: 17 }, { name: "RightNow Service Cloud", company: "Oracle", category: "customer-success", domains: ["*.rightnowtech.com", "*.rnengage.com"], totalExecutionTime: 14409, totalOccurrences: 163 }, { name: "Rightster", category: "ad", domains: ["*.ads-creativesyndicator.com"] }, { name: "Riskified", category: "utility", domains: ["*.riskified.com"], totalExecutionTime: 856340, totalOccurrences: 3664 }, { name: "Rockerbox", category: "analytics", homepage: "https://www.rockerbox.com/", domains: ["getrockerbox.com"], examples: ["getrockerbox.com"], totalExecutionTime: 31612, totalOccurrences: 313 }, { name: "Rocket Fuel", category: "ad", domains: ["*.rfihub.com", "*.ru4.com", "*.rfihub.net", "*.ad1x.com"], totalExecutionTime: 575914, totalOccurrences: 3819 }, { name: "Rollbar", category: "utility", domains: ["*.rollbar.com", "d37gvrvc0wt4s1.cloudfront.net"], examples: ["api.rollbar.com"], totalExecutionTime: 683783, totalOccurrences: 6078 }, { name: "RomanCart", category: "utility", domains: ["*.romancart.com"], totalExecutionTime: 777, totalOccurrences: 9 }, { name: "Rondavu", category: "ad", domains: ["*.rondavu.com"] }, { name: "Roomkey", category: "content", domains: ["*.roomkey.com"], examples: ["www.roomkey.com"] }, { name: "Roost", category: "utility", domains: ["*.goroost.com"] }, { name: "Roxot", category: "ad", domains: ["*.rxthdr.com"] }, { name: "Roxr Software", category: "analytics", domains: ["*.getclicky.com"], totalExecutionTime: 1152955, totalOccurrences: 17840 }, { name: "Rtoaster", company: "Brainpad", homepage: "https://www.brainpad.co.jp/rtoaster/", category: "marketing", domains: ["*.rtoaster.jp"], examples: ["rt.rtoaster.jp"], totalExecutionTime: 36582, totalOccurrences: 184 }, { name: "Rubikloud.com", category: "analytics", domains: ["*.rubikloud.com"] }, { name: "Ruler Analytics", company: "Ruler", category: "analytics", domains: ["*.nyltx.com", "*.ruleranalytics.com"], examples: ["www.ruleranalytics.com"], totalExecutionTime: 84279, totalOccurrences: 947 }, { name: "Runner", company: "Rambler & Co", category: "content", domains: ["*.begun.ru"] }, { name: "S4M", category: "ad", domains: ["*.sam4m.com"] }, { name: "SAP Hybris Marketing Convert", company: "SAP", category: "ad", domains: ["*.seewhy.com"] }, { name: "SAS Institute", category: "ad", domains: ["*.aimatch.com", "*.sas.com"], totalExecutionTime: 179593, totalOccurrences: 53 }, { name: "SATORI", homepage: "https://satori.marketing/", category: "marketing", domains: ["satori.segs.jp"], examples: ["satori.segs.jp/s.js"], totalExecutionTime: 113357, totalOccurrences: 1394 }, { name: "SC ShopMania Net SRL", category: "content", domains: ["*.shopmania.com"] }, { name: "SDL Media Manager", company: "SDL", category: "other", domains: ["*.sdlmedia.com"] }, { name: "SFR", category: "other", domains: ["*.sfr.fr"], examples: ["elr.sfr.fr"], totalExecutionTime: 30830, totalOccurrences: 27 }, { name: "SLI Systems", category: "utility", domains: ["*.resultslist.com", "*.resultspage.com", "*.sli-spark.com"], totalExecutionTime: 3871, totalOccurrences: 41 }, { name: "SMARTASSISTANT", company: "Smart Information Systems", category: "customer-success", domains: ["*.smartassistant.com"] }, { name: "SMARTSTREAM.TV", category: "ad", domains: ["*.smartstream.tv"] }, { name: "SPX", company: "Smaato", category: "ad", domains: ["*.smaato.net"], totalExecutionTime: 16383, totalOccurrences: 14366 }, { name: "Sabio", category: "customer-success", domains: ["*.sabio.co.uk"], examples: ["www.sabio.co.uk"] }, { name: "Sailthru", category: "analytics", domains: ["*.sail-horizon.com", "*.sail-personalize.com", "*.sail-track.com"], totalExecutionTime: 337657, totalOccurrences: 2397 }, { name: "Sailthru Sightlines", company: "Sailthru", category: "marketing", domains: ["*.sailthru.com"], totalExecutionTime: 7217, totalOccurrences: 68 }, { name: "Sajari Pty", category: "utility", domains: ["*.sajari.com"] }, { name: "SaleCycle", category: "ad", domains: ["*.salecycle.com", "d16fk4ms6rqz1v.cloudfront.net", "d22j4fzzszoii2.cloudfront.net", "d30ke5tqu2tkyx.cloudfront.net", "dn1i8v75r669j.cloudfront.net"], totalExecutionTime: 202676, totalOccurrences: 742 }, { name: "Salesforce Live Agent", company: "Salesforce.com", category: "customer-success", domains: ["*.salesforceliveagent.com"], totalExecutionTime: 65177, totalOccurrences: 510 }, { name: "Salesforce.com", category: "ad", domains: ["*.force.com", "*.salesforce.com"], examples: ["secure.force.com"], totalExecutionTime: 1970543, totalOccurrences: 5138 }, { name: "Samba TV", company: "Samba", category: "content", domains: ["*.samba.tv"], totalExecutionTime: 847, totalOccurrences: 17 }, { name: "Samplicio.us", category: "analytics", domains: ["*.samplicio.us"], totalExecutionTime: 7, totalOccurrences: 1 }, { name: "Say Media", category: "ad", domains: ["*.saymedia.com"] }, { name: "Scenario", category: "analytics", domains: ["*.getscenario.com"] }, { name: "Schuh (image shard)", company: "Schuh", category: "other", domains: ["d2ob0iztsaxy5v.cloudfront.net"] }, { name: "Science Rockstars", category: "analytics", domains: ["*.persuasionapi.com"] }, { name: "ScientiaMobile", category: "analytics", domains: ["*.wurflcloud.com", "*.wurfl.io"], totalExecutionTime: 1689, totalOccurrences: 6 }, { name: "Scoota", category: "ad", domains: ["*.rockabox.co", "*.scoota.co", "d31i2625d5nv27.cloudfront.net", "dyjnzf8evxrp2.cloudfront.net"] }, { name: "ScribbleLive", category: "ad", domains: ["*.scribblelive.com"] }, { name: "SearchForce", category: "ad", domains: ["*.searchforce.net"], totalExecutionTime: 581, totalOccurrences: 12 }, { name: "SearchSpring", category: "utility", domains: ["*.searchspring.net"], totalExecutionTime: 1472099, totalOccurrences: 898 }, { name: "Searchanise", category: "analytics", domains: ["*.searchanise.com"], examples: ["www.searchanise.com"], totalExecutionTime: 93896, totalOccurrences: 533 }, { name: "Sears Holdings", category: "content", domains: ["*.shld.net"] }, { name: "Secomapp", category: "utility", domains: ["*.secomapp.com"], totalExecutionTime: 2949102, totalOccurrences: 4608 }, { name: "SecuredVisit", company: "4Cite Marketing", category: "ad", domains: ["*.securedvisit.com"], totalExecutionTime: 46490, totalOccurrences: 506 }, { name: "SecurityMetrics", category: "utility", domains: ["*.securitymetrics.com"], totalExecutionTime: 26970, totalOccurrences: 3 }, { name: "Segmento", category: "ad", domains: ["*.rutarget.ru"], totalExecutionTime: 6011, totalOccurrences: 100 }, { name: "Segmint", category: "analytics", domains: ["*.segmint.net"], totalExecutionTime: 27826, totalOccurrences: 270 }, { name: "Sekindo", category: "content", domains: ["*.sekindo.com"], totalExecutionTime: 2642, totalOccurrences: 5 }, { name: "Seldon", category: "analytics", domains: ["*.rummblelabs.com"] }, { name: "SelectMedia International", category: "content", domains: ["*.selectmedia.asia"], totalExecutionTime: 35893, totalOccurrences: 12 }, { name: "Selligent", category: "ad", domains: ["*.emsecure.net", "*.slgnt.eu", "targetemsecure.blob.core.windows.net"], totalExecutionTime: 193521, totalOccurrences: 527 }, { name: "Sellpoints", category: "analytics", domains: ["*.sellpoints.com"] }, { name: "Semantics3", category: "analytics", domains: ["*.hits.io"] }, { name: "Semasio", category: "analytics", domains: ["*.semasio.net"] }, { name: "Semcasting Site Visitor Attribution", company: "Semcasting", category: "ad", domains: ["*.smartzonessva.com"] }, { name: "Sentifi", category: "social", domains: ["*.sentifi.com"] }, { name: "ServMetric", category: "analytics", domains: ["*.servmetric.com"], totalExecutionTime: 34, totalOccurrences: 1 }, { name: "ServiceSource International", category: "marketing", domains: ["*.scoutanalytics.net"], examples: ["scout.scoutanalytics.net"] }, { name: "ServiceTick", category: "analytics", domains: ["*.servicetick.com"] }, { name: "Servo", company: "Xervo", category: "hosting", domains: ["*.onmodulus.net"] }, { name: "SessionCam", company: "ServiceTick", category: "analytics", domains: ["*.sessioncam.com", "d2oh4tlt9mrke9.cloudfront.net"] }, { name: "Seznam", category: "utility", domains: ["*.imedia.cz"], totalExecutionTime: 2003368, totalOccurrences: 9243 }, { name: "Sharethrough", category: "ad", domains: ["*.sharethrough.com"], totalExecutionTime: 32676, totalOccurrences: 626 }, { name: "SharpSpring", category: "marketing", domains: ["*.sharpspring.com", "*.marketingautomation.services"], totalExecutionTime: 759508, totalOccurrences: 3118 }, { name: "ShopRunner", category: "content", domains: ["*.shoprunner.com", "*.s-9.us"] }, { name: "ShopStorm", category: "utility", domains: ["*.shopstorm.com"] }, { name: "Shopatron", category: "hosting", domains: ["*.shopatron.com"] }, { name: "Shopgate", category: "utility", domains: ["*.shopgate.com"], totalExecutionTime: 16172, totalOccurrences: 36 }, { name: "ShopiMind", company: "ShopIMind", category: "ad", domains: ["*.shopimind.com"], totalExecutionTime: 3468, totalOccurrences: 2 }, { name: "Shopkeeper Tools", category: "utility", domains: ["*.shopkeepertools.com"], totalExecutionTime: 1273, totalOccurrences: 12 }, { name: "Sidecar", category: "other", domains: ["*.getsidecar.com", "d3v27wwd40f0xu.cloudfront.net"] }, { name: "Sidereel", category: "analytics", domains: ["*.sidereel.com"] }, { name: "Sift Science", category: "utility", domains: ["*.siftscience.com"], totalExecutionTime: 202673, totalOccurrences: 482 }, { name: "Signal", category: "tag-manager", domains: ["*.sitetagger.co.uk"] }, { name: "Signyfyd", category: "utility", domains: ["*.signifyd.com"], totalExecutionTime: 15010172, totalOccurrences: 4071 }, { name: "Silktide", category: "hosting", domains: ["*.silktide.com"], totalExecutionTime: 149484, totalOccurrences: 1694 }, { name: "Silverpop", company: "IBM", category: "ad", domains: ["*.mkt912.com", "*.mkt922.com", "*.mkt932.com", "*.mkt941.com", "*.mkt51.net", "*.mkt61.net", "*.pages01.net", "*.pages02.net", "*.pages03.net", "*.pages04.net", "*.pages05.net"], totalExecutionTime: 7807, totalOccurrences: 101 }, { name: "Simplaex", category: "marketing", domains: ["*.simplaex.net"] }, { name: "SimpleReach", category: "analytics", domains: ["*.simplereach.com", "d8rk54i4mohrb.cloudfront.net"] }, { name: "Simplestream", category: "content", domains: ["*.simplestream.com"], examples: ["player.simplestream.com"] }, { name: "Simpli.fi", category: "ad", domains: ["*.simpli.fi"], totalExecutionTime: 1675844, totalOccurrences: 28215 }, { name: "Simplicity Marketing", category: "ad", domains: ["*.flashtalking.com"], totalExecutionTime: 1105340, totalOccurrences: 7598 }, { name: "SinnerSchrader Deutschland", category: "ad", domains: ["*.s2Betrieb.de"] }, { name: "Sirv", category: "other", domains: ["*.sirv.com"], totalExecutionTime: 966936, totalOccurrences: 1845 }, { name: "Site Meter", category: "analytics", domains: ["*.sitemeter.com"] }, { name: "Site24x7 Real User Monitoring", company: "Site24x7", category: "analytics", domains: ["*.site24x7rum.com"], totalExecutionTime: 199737, totalOccurrences: 1357 }, { name: "SiteGainer", category: "analytics", domains: ["*.sitegainer.com", "d191y0yd6d0jy4.cloudfront.net"] }, { name: "SiteScout", company: "Centro", category: "ad", domains: ["*.pixel.ad", "*.sitescout.com"], totalExecutionTime: 511466, totalOccurrences: 6010 }, { name: "Siteimprove", category: "utility", domains: ["*.siteimprove.com", "*.siteimproveanalytics.com"], totalExecutionTime: 46143, totalOccurrences: 560 }, { name: "Six Degrees Group", category: "hosting", domains: ["*.fstech.co.uk"] }, { name: "Skimbit", category: "ad", domains: ["*.redirectingat.com", "*.skimresources.com", "*.skimresources.net"], totalExecutionTime: 3087971, totalOccurrences: 7189 }, { name: "Skimlinks", category: "ad", domains: ["*.skimlinks.com"] }, { name: "SkyGlue Technology", category: "analytics", domains: ["*.skyglue.com"], totalExecutionTime: 3342, totalOccurrences: 26 }, { name: "SkyScanner", category: "content", domains: ["*.skyscanner.net"], examples: ["api.skyscanner.net"], totalExecutionTime: 923907, totalOccurrences: 767 }, { name: "Skybet", company: "Bonne Terre t/a Sky Vegas (Sky)", category: "other", domains: ["*.skybet.com"] }, { name: "Skype", category: "other", domains: ["*.skype.com"] }, { name: "Slate Group", category: "content", domains: ["*.cdnslate.com"] }, { name: "SlimCut Media Outstream", company: "SlimCut Media", category: "ad", domains: ["*.freeskreen.com"] }, { name: "Smart Insight Tracking", company: "Emarsys", category: "analytics", domains: ["*.scarabresearch.com"], totalExecutionTime: 675604, totalOccurrences: 3521 }, { name: "Smart AdServer", category: "ad", domains: ["*.01net.com", "*.sascdn.com", "*.sasqos.com", "*.smartadserver.com"], examples: ["securite.01net.com"], totalExecutionTime: 8156137, totalOccurrences: 46847 }, { name: "SmartFocus", category: "analytics", domains: ["*.emv2.com", "*.emv3.com", "*.predictiveintent.com", "*.smartfocus.com", "*.themessagecloud.com"] }, { name: "Smarter Click", category: "ad", domains: ["*.smct.co", "*.smarterclick.co.uk"], totalExecutionTime: 4700, totalOccurrences: 15 }, { name: "SmarterHQ", category: "analytics", domains: ["*.smarterhq.io", "d1n00d49gkbray.cloudfront.net", "*.smarterremarketer.net"], totalExecutionTime: 2317, totalOccurrences: 41 }, { name: "Smarttools", category: "customer-success", domains: ["*.smartertrack.com"] }, { name: "Smartzer", category: "ad", domains: ["*.smartzer.com"] }, { name: "Snack Media", category: "content", domains: ["*.snack-media.com"], totalExecutionTime: 427050, totalOccurrences: 422 }, { name: "Snacktools", category: "ad", domains: ["*.bannersnack.com"], totalExecutionTime: 190874, totalOccurrences: 308 }, { name: "SnapEngage", category: "customer-success", domains: ["*.snapengage.com"], totalExecutionTime: 214585, totalOccurrences: 1397 }, { name: "SnapWidget", category: "content", domains: ["*.snapwidget.com"] }, { name: "Soasta", category: "analytics", domains: ["*.lognormal.net"] }, { name: "SociableLabs", category: "ad", domains: ["*.sociablelabs.net", "*.sociablelabs.com"] }, { name: "Social Annex", category: "customer-success", domains: ["*.socialannex.com"] }, { name: "SocialShopWave", category: "social", domains: ["*.socialshopwave.com"], totalExecutionTime: 1375320, totalOccurrences: 1406 }, { name: "Socialphotos", category: "social", domains: ["*.slpht.com"], totalExecutionTime: 17872, totalOccurrences: 178 }, { name: "Sociomantic Labs", company: "DunnHumby", category: "ad", domains: ["*.sociomantic.com"] }, { name: "SodaHead", category: "analytics", domains: ["*.sodahead.com"], examples: ["pollware-cdn.sodahead.com"] }, { name: "Softwebzone", category: "hosting", domains: ["*.softwebzone.com"], examples: ["www.softwebzone.com"] }, { name: "Sojern", category: "marketing", domains: ["*.sojern.com"], totalExecutionTime: 3768917, totalOccurrences: 8091 }, { name: "Sokrati", category: "marketing", domains: ["*.sokrati.com"] }, { name: "Sonobi", category: "ad", domains: ["*.sonobi.com"], totalExecutionTime: 622, totalOccurrences: 42 }, { name: "Sooqr Search", company: "Sooqr", category: "utility", domains: ["*.sooqr.com"], totalExecutionTime: 172309, totalOccurrences: 412 }, { name: "Sophus3", category: "analytics", domains: ["*.s3ae.com", "*.sophus3.com"], totalExecutionTime: 1565, totalOccurrences: 17 }, { name: "Sorenson Media", category: "content", domains: ["*.sorensonmedia.com"] }, { name: "Sortable", category: "ad", domains: ["*.deployads.com"] }, { name: "Sotic", category: "hosting", domains: ["*.sotic.net", "*.soticservers.net"] }, { name: "Soundest", category: "ad", domains: ["*.soundestlink.com", "*.soundest.net"], totalExecutionTime: 965, totalOccurrences: 112 }, { name: "Sourcepoint", category: "ad", domains: ["*.decenthat.com", "*.fallingfalcon.com", "*.summerhamster.com", "d2lv4zbk7v5f93.cloudfront.net", "d3qxwzhswv93jk.cloudfront.net"], examples: ["www.decenthat.com", "www.fallingfalcon.com", "www.summerhamster.com"] }, { name: "SourceKnowledge", homepage: "https://www.sourceknowledge.com", category: "ad", domains: ["*.provenpixel.com"], totalExecutionTime: 1511, totalOccurrences: 18 }, { name: "SpaceNet", category: "hosting", domains: ["*.nmm.de"] }, { name: "Sparkflow", company: "Intercept Interactive", category: "ad", domains: ["*.sparkflow.net"] }, { name: "Specific Media", category: "ad", domains: ["*.specificmedia.com", "*.adviva.net", "*.specificclick.net"] }, { name: "Spicy", company: "Data-Centric Alliance", category: "ad", domains: ["*.sspicy.ru"] }, { name: "Spoke", category: "customer-success", domains: ["*.121d8.com"] }, { name: "Spongecell", category: "ad", domains: ["*.spongecell.com"] }, { name: "Spot.IM", category: "social", domains: ["*.spot.im", "*.spotim.market"], totalExecutionTime: 35210, totalOccurrences: 286 }, { name: "SpotXchange", category: "ad", domains: ["*.spotxcdn.com", "*.spotxchange.com", "*.spotx.tv"] }, { name: "SpringServer", category: "ad", domains: ["*.springserve.com"], totalExecutionTime: 2812839, totalOccurrences: 1358 }, { name: "Spylight", category: "other", domains: ["*.spylight.com"] }, { name: "SreamAMG", company: "StreamAMG", category: "other", domains: ["*.streamamg.com"], totalExecutionTime: 162153, totalOccurrences: 81 }, { name: "StackAdapt", category: "ad", domains: ["*.stackadapt.com"], totalExecutionTime: 3492095, totalOccurrences: 38499 }, { name: "StackExchange", category: "social", domains: ["*.sstatic.net"], totalExecutionTime: 1468, totalOccurrences: 8 }, { name: "Stackla PTY", category: "social", domains: ["*.stackla.com"], totalExecutionTime: 219519, totalOccurrences: 149 }, { name: "Stailamedia", category: "ad", domains: ["*.stailamedia.com"] }, { name: "Stamped.io", category: "analytics", domains: ["*.stamped.io"], totalExecutionTime: 2543061, totalOccurrences: 21040 }, { name: "Starfield Services Root Certificate Authority", company: "Starfield Technologies", category: "utility", domains: ["*.starfieldtech.com", "ss2.us", "*.ss2.us"], examples: ["ocsp.starfieldtech.com"], totalExecutionTime: 10150, totalOccurrences: 40 }, { name: "Starfield Technologies", category: "utility", domains: ["*.websiteprotection.com"], examples: ["seals.websiteprotection.com"] }, { name: "StatCounter", category: "analytics", domains: ["*.statcounter.com"], totalExecutionTime: 14171244, totalOccurrences: 81629 }, { name: "Statful", category: "analytics", domains: ["*.statful.com"] }, { name: "Steelhouse", category: "ad", domains: ["*.steelhousemedia.com"], totalExecutionTime: 56096, totalOccurrences: 311 }, { name: "Steepto", category: "ad", domains: ["*.steepto.com"], totalExecutionTime: 226, totalOccurrences: 1 }, { name: "StellaService", category: "analytics", domains: ["*.stellaservice.com"] }, { name: "StickyADS.tv", category: "ad", domains: ["*.stickyadstv.com"], totalExecutionTime: 81, totalOccurrences: 17 }, { name: "STINGRAY", company: "FlexOne", category: "ad", domains: ["*.impact-ad.jp"], examples: ["y.one.impact-ad.jp"], totalExecutionTime: 3489771, totalOccurrences: 3131 }, { name: "Storify", company: "Adobe Systems", category: "social", domains: ["*.storify.com"] }, { name: "Storm Tag Manager", company: "Rakuten", category: "tag-manager", domains: ["*.stormcontainertag.com"] }, { name: "Storygize", category: "ad", domains: ["*.storygize.net"], examples: ["www.storygize.net"], totalExecutionTime: 147113, totalOccurrences: 324 }, { name: "Strands", category: "utility", domains: ["*.strands.com"] }, { name: "StreamRail", category: "ad", domains: ["*.streamrail.com", "*.streamrail.net"] }, { name: "StrikeAd", category: "ad", domains: ["*.strikead.com"] }, { name: "Struq", company: "Quantcast", category: "ad", domains: ["*.struq.com"] }, { name: "Str\xC3\xB6er Digital Media", category: "ad", domains: ["*.stroeerdigitalmedia.de"] }, { name: "StumbleUpon", category: "content", domains: ["*.stumble-upon.com", "*.stumbleupon.com"], totalExecutionTime: 13786, totalOccurrences: 15 }, { name: "Sub2 Technologies", category: "analytics", domains: ["*.sub2tech.com"], totalExecutionTime: 7804, totalOccurrences: 79 }, { name: "SublimeSkinz", category: "ad", domains: ["*.ayads.co"], totalExecutionTime: 504704, totalOccurrences: 1419 }, { name: "Sumo Logic", category: "utility", domains: ["*.sumologic.com"], totalExecutionTime: 57143, totalOccurrences: 6 }, { name: "Sunday Times Driving", category: "content", domains: ["*.driving.co.uk"] }, { name: "SundaySky", category: "ad", domains: ["*.sundaysky.com", "dds6m601du5ji.cloudfront.net"], totalExecutionTime: 22014, totalOccurrences: 21 }, { name: "Sunrise Integration", category: "utility", domains: ["*.sunriseintegration.com"] }, { name: "Supertool Network Technology", category: "analytics", domains: ["*.miaozhen.com"], totalExecutionTime: 9585, totalOccurrences: 80 }, { name: "Survata", category: "analytics", domains: ["*.survata.com"] }, { name: "SurveyGizmo", category: "analytics", domains: ["*.surveygizmo.eu"], examples: ["www.surveygizmo.eu"] }, { name: "SurveyMonkey", category: "analytics", domains: ["*.surveymonkey.com"], totalExecutionTime: 709774, totalOccurrences: 2333 }, { name: "Survicate", category: "analytics", domains: ["*.survicate.com"], totalExecutionTime: 45813, totalOccurrences: 274 }, { name: "Sweet Tooth", category: "ad", domains: ["*.sweettooth.io"], totalExecutionTime: 3458, totalOccurrences: 56 }, { name: "Swiftype", category: "utility", domains: ["*.swiftype.com", "*.swiftypecdn.com"], totalExecutionTime: 493917, totalOccurrences: 1315 }, { name: "Switch Concepts", category: "ad", domains: ["*.switchadhub.com"] }, { name: "SwitchAds", company: "Switch Concepts", category: "ad", domains: ["*.switchads.com"] }, { name: "Swogo", category: "analytics", domains: ["*.xsellapp.com"] }, { name: "Swoop", category: "ad", domains: ["*.swoop.com"], totalExecutionTime: 10838, totalOccurrences: 65 }, { name: "Symantec", category: "utility", domains: ["*.norton.com", "*.symantec.com", "*.symcb.com", "*.symcd.com"], examples: ["extended-validation-ssl.websecurity.symantec.com"], totalExecutionTime: 395976, totalOccurrences: 447 }, { name: "Syncapse", category: "social", domains: ["*.clickable.net"] }, { name: "Synergetic", category: "ad", domains: ["*.synergetic.ag"] }, { name: "Synthetix", category: "customer-success", domains: ["*.syn-finity.com", "*.synthetix-ec1.com", "*.synthetix.com"], examples: ["www.synthetix-ec1.com"], totalExecutionTime: 3709, totalOccurrences: 23 }, { name: "Syte", category: "other", domains: ["*.syteapi.com"], examples: ["cdn.syteapi.com"], totalExecutionTime: 32630, totalOccurrences: 53 }, { name: "TINT", category: "content", domains: ["*.71n7.com", "d33w9bm0n1egwm.cloudfront.net", "d36hc0p18k1aoc.cloudfront.net", "d3l7tj34e9fc43.cloudfront.net"], examples: ["www.71n7.com"] }, { name: "TNS (Kantar Group)", category: "analytics", domains: ["*.tns-counter.ru"] }, { name: "TRUSTe", category: "utility", domains: ["*.truste.com"], totalExecutionTime: 170886, totalOccurrences: 877 }, { name: "TV Genius", company: "Ericcson Media Services", category: "content", domains: ["*.tvgenius.net"] }, { name: "TVSquared", category: "ad", domains: ["*.tvsquared.com"], totalExecutionTime: 900526, totalOccurrences: 7728 }, { name: "TVTY", category: "ad", domains: ["*.distribeo.com", "*.ogigl.com"] }, { name: "Tactics bvba", category: "hosting", domains: ["*.influid.co"] }, { name: "Tag Inspector", company: "InfoTrust", category: "analytics", domains: ["d22xmn10vbouk4.cloudfront.net"], totalExecutionTime: 171644, totalOccurrences: 758 }, { name: "TagCommander", category: "tag-manager", domains: ["*.commander1.com", "*.tagcommander.com"], totalExecutionTime: 570790, totalOccurrences: 2600 }, { name: "Tagboard", category: "social", domains: ["*.tagboard.com"], totalExecutionTime: 37689, totalOccurrences: 38 }, { name: "Taggstar", company: "Taggstar UK", category: "ad", domains: ["*.taggstar.com"], totalExecutionTime: 75567, totalOccurrences: 237 }, { name: "Tail Target", company: "Tail", category: "ad", domains: ["*.tailtarget.com"], totalExecutionTime: 170810, totalOccurrences: 966 }, { name: "Tailored", category: "other", domains: ["d24qm7bu56swjs.cloudfront.net", "dw3vahmen1rfy.cloudfront.net", "*.tailored.to"] }, { name: "Taleo Enterprise Cloud Service", company: "Oracle", category: "content", domains: ["*.taleo.net"], totalExecutionTime: 6573, totalOccurrences: 57 }, { name: "Talkable", category: "ad", domains: ["*.talkable.com", "d2jjzw81hqbuqv.cloudfront.net"], examples: ["www.talkable.com"], totalExecutionTime: 215632, totalOccurrences: 809 }, { name: "TapSense", category: "ad", domains: ["*.tapsense.com"] }, { name: "Tapad", category: "ad", domains: ["*.tapad.com"], totalExecutionTime: 8266, totalOccurrences: 88 }, { name: "Teads", category: "ad", domains: ["*.teads.tv"], totalExecutionTime: 2515457, totalOccurrences: 8645 }, { name: "Team Internet Tonic", company: "Team Internet", category: "ad", domains: ["*.dntrax.com"] }, { name: "TechTarget", category: "content", domains: ["*.techtarget.com", "*.ttgtmedia.com"], totalExecutionTime: 10388, totalOccurrences: 57 }, { name: "Technorati", company: "Synacor", category: "ad", domains: ["*.technoratimedia.com"], totalExecutionTime: 1153632, totalOccurrences: 5535 }, { name: "Teedhaze", category: "content", domains: ["*.fuel451.com"] }, { name: "Tell Apart", category: "analytics", domains: ["*.tellapart.com", "*.tellaparts.com"] }, { name: "Tencent", category: "content", domains: ["*.qq.com", "*.ywxi.net"], totalExecutionTime: 3248167, totalOccurrences: 13523 }, { name: "Thanx Media", category: "utility", domains: ["*.hawksearch.info"] }, { name: "Thawte", category: "utility", domains: ["*.thawte.com"], examples: ["ocsp.thawte.com", "seal.thawte.com"], totalExecutionTime: 26853, totalOccurrences: 2 }, { name: "Thesis", category: "analytics", homepage: "https://www.thesistesting.com/", domains: ["*.ttsep.com"], examples: ["thix.ttsep.com"] }, { name: "The AA", category: "ad", domains: ["*.adstheaa.com"] }, { name: "The ADEX", category: "ad", domains: ["*.theadex.com"], totalExecutionTime: 10437, totalOccurrences: 118 }, { name: "The Best Day", category: "social", domains: ["*.thebestday.com"] }, { name: "The Filter", company: "Exabre", category: "analytics", domains: ["*.thefilter.com"] }, { name: "The Guardian", category: "analytics", domains: ["*.ophan.co.uk"] }, { name: "The Hut Group", category: "content", domains: ["*.thcdn.com"], totalExecutionTime: 444142, totalOccurrences: 60 }, { name: "The Numa Group", category: "other", domains: ["*.hittail.com"] }, { name: "The Publisher Desk", category: "ad", domains: ["*.206ads.com", "*.publisherdesk.com"], totalExecutionTime: 1467, totalOccurrences: 24 }, { name: "The Sydney Morning Herald", company: "Fairfax Media", category: "content", domains: ["*.smh.com.au"] }, { name: "The Wall Street Jounal", category: "content", domains: ["*.wsj.net"], totalExecutionTime: 153, totalOccurrences: 1 }, { name: "The Wall Street Journal", category: "content", domains: ["*.marketwatch.com"] }, { name: "TheFind", category: "content", domains: ["*.thefind.com"] }, { name: "Thinglink", category: "utility", domains: ["*.thinglink.com"], totalExecutionTime: 3440, totalOccurrences: 67 }, { name: "Thirdpresence", category: "ad", domains: ["*.thirdpresence.com"] }, { name: "ThreatMetrix", category: "utility", domains: ["*.online-metrix.net"], totalExecutionTime: 7440396, totalOccurrences: 8252 }, { name: "Throtle", homepage: "https://throtle.io/", category: "analytics", domains: ["*.thrtle.com", "*.v12group.com"] }, { name: "TicketMaster", category: "content", domains: ["*.t-x.io", "*.tmcs.net"] }, { name: "TikTok", company: "ByteDance Ltd", homepage: "https://www.tiktok.com/en/", category: "social", domains: ["*.tiktok.com", "*.ipstatp.com"], examples: ["analytics.tiktok.com", "https://s0.ipstatp.com/ad/business/track-log.js"], totalExecutionTime: 253020746, totalOccurrences: 437719 }, { name: "Tidio Live Chat", company: "Tidio", homepage: "https://www.tidiochat.com/en/", category: "customer-success", domains: ["*.tidiochat.com"], totalExecutionTime: 30622, totalOccurrences: 79 }, { name: "Tiledesk Live Chat", company: "Tiledesk SRL", homepage: "https://www.tiledesk.com/", category: "customer-success", domains: ["*.tiledesk.com"], examples: ["widget.tiledesk.com"], totalExecutionTime: 302015, totalOccurrences: 174 }, { name: "Time", category: "content", domains: ["*.timeinc.net"] }, { name: "Time2Perf", category: "ad", domains: ["*.time2perf.com"] }, { name: "TinyURL", category: "utility", domains: ["*.tinyurl.com"] }, { name: "Tivo", category: "analytics", domains: ["*.rovicorp.com"], totalExecutionTime: 5, totalOccurrences: 1 }, { name: "Tom&Co", category: "hosting", domains: ["*.tomandco.uk"] }, { name: "Toms Native Ads", company: "Purch", category: "ad", domains: ["*.natoms.com"] }, { name: "ToneMedia", category: "ad", domains: ["*.clickfuse.com"], totalExecutionTime: 15254, totalOccurrences: 124 }, { name: "Tonic", company: "Team Internet", category: "ad", domains: ["*.dntx.com"] }, { name: "Touch Commerce", category: "customer-success", domains: ["*.inq.com", "*.touchcommerce.com"], totalExecutionTime: 21557, totalOccurrences: 73 }, { name: "ToutApp", category: "ad", domains: ["*.toutapp.com"] }, { name: "TraceView", company: "Solarwinds", category: "analytics", domains: ["*.tracelytics.com", "d2gfdmu30u15x7.cloudfront.net"] }, { name: "TrackJS", category: "analytics", domains: ["*.trackjs.com", "d2zah9y47r7bi2.cloudfront.net"], examples: ["usage.trackjs.com"], totalExecutionTime: 7196194, totalOccurrences: 3225 }, { name: "Tradedoubler", category: "ad", domains: ["*.pvnsolutions.com", "*.tradedoubler.com"], totalExecutionTime: 91190, totalOccurrences: 587 }, { name: "Tradelab", category: "ad", domains: ["*.tradelab.fr"], totalExecutionTime: 5423, totalOccurrences: 47 }, { name: "TrafficFactory", category: "ad", domains: ["*.trafficfactory.biz"] }, { name: "TrafficHunt", category: "ad", domains: ["*.traffichunt.com"] }, { name: "TrafficStars", category: "ad", domains: ["*.trafficstars.com", "*.tsyndicate.com"], totalExecutionTime: 12013537, totalOccurrences: 16044 }, { name: "Transifex", category: "utility", domains: ["*.transifex.com"], totalExecutionTime: 305064, totalOccurrences: 974 }, { name: "Travelex", category: "utility", domains: ["*.travelex.net", "*.travelex.co.uk"], examples: ["api.travelex.net", "travelmoney.travelex.co.uk"], totalExecutionTime: 17631, totalOccurrences: 12 }, { name: "Travelocity Canada", company: "Travelocity", category: "content", domains: ["*.travelocity.ca"], examples: ["www.travelocity.ca"] }, { name: "Travelocity USA", company: "Travelocity", category: "content", domains: ["*.travelocity.com"], examples: ["www.travelocity.com"], totalExecutionTime: 546, totalOccurrences: 4 }, { name: "Travelzoo", category: "content", domains: ["*.travelzoo.com"] }, { name: "Treasure Data", category: "analytics", domains: ["*.treasuredata.com"], totalExecutionTime: 2952682, totalOccurrences: 25194 }, { name: "Tremor Video", category: "ad", domains: ["*.tremorhub.com", "*.videohub.tv"], totalExecutionTime: 89, totalOccurrences: 3 }, { name: "Trialfire", category: "analytics", domains: ["*.trialfire.com"], totalExecutionTime: 1055358, totalOccurrences: 2711 }, { name: "Tribal Fusion", company: "Exponential Interactive", category: "ad", domains: ["*.tribalfusion.com"], totalExecutionTime: 15065, totalOccurrences: 219 }, { name: "Triblio", category: "marketing", domains: ["*.tribl.io"] }, { name: "Triggered Messaging", company: "Fresh Relevance", category: "ad", domains: ["*.triggeredmessaging.com"] }, { name: "Trinity Mirror", category: "content", domains: ["*.mirror.co.uk"], totalExecutionTime: 2582, totalOccurrences: 24 }, { name: "Trinity Mirror Digital Media", category: "social", domains: ["*.tm-aws.com", "*.icnetwork.co.uk"] }, { name: "TripAdvisor", category: "content", domains: ["*.jscache.com", "*.tacdn.com", "*.tamgrt.com", "*.tripadvisor.com", "*.viator.com", "*.tripadvisor.co.uk"], examples: ["www.jscache.com", "www.tamgrt.com"], totalExecutionTime: 1402565, totalOccurrences: 2672 }, { name: "TripleLift", category: "ad", domains: ["*.3lift.com"], totalExecutionTime: 20626, totalOccurrences: 10506 }, { name: "Tru Optik", category: "ad", domains: ["*.truoptik.com"] }, { name: "TruConversion", category: "analytics", domains: ["*.truconversion.com"], totalExecutionTime: 354849, totalOccurrences: 845 }, { name: "Trueffect", category: "marketing", domains: ["*.adlegend.com"] }, { name: "Truefit", category: "analytics", domains: ["*.truefitcorp.com"], examples: ["cdn.truefitcorp.com", "fitrec.truefitcorp.com", "sch-cdn.truefitcorp.com"], totalExecutionTime: 11551, totalOccurrences: 99 }, { name: "Trust Guard", category: "utility", domains: ["*.trust-guard.com"], totalExecutionTime: 4097, totalOccurrences: 41 }, { name: "Trust Pilot", category: "analytics", domains: ["*.trustpilot.com"], totalExecutionTime: 21871013, totalOccurrences: 74130 }, { name: "Amazon Trust Services", company: "Amazon", category: "utility", domains: ["*.amazontrust.com", "o.ss2.us"], examples: ["ocsp.rootca1.amazontrust.com"], totalExecutionTime: 845, totalOccurrences: 2 }, { name: "Google Trust Services", company: "Google", category: "utility", domains: ["*.pki.goog"], examples: ["ocsp.pki.goog"], totalExecutionTime: 44, totalOccurrences: 2 }, { name: "Let's Encrypt", homepage: "https://letsencrypt.org/", category: "utility", domains: ["*.letsencrypt.org"], examples: ["ocsp.int-x3.letsencrypt.org"], totalExecutionTime: 16, totalOccurrences: 3 }, { name: "TrustX", category: "ad", domains: ["*.trustx.org"], totalExecutionTime: 643918, totalOccurrences: 12477 }, { name: "Trusted Shops", category: "utility", domains: ["*.trustedshops.com"], totalExecutionTime: 14231965, totalOccurrences: 33129 }, { name: "Trustev", company: "TransUnion", category: "utility", domains: ["*.trustev.com"], totalExecutionTime: 2727, totalOccurrences: 28 }, { name: "Trustwave", category: "utility", domains: ["*.trustwave.com"], totalExecutionTime: 1212, totalOccurrences: 19 }, { name: "Tryzens TradeState", company: "Tryzens", category: "analytics", domains: ["*.tryzens-analytics.com"], totalExecutionTime: 9257, totalOccurrences: 60 }, { name: "TubeMogul", category: "ad", domains: ["*.tubemogul.com"], totalExecutionTime: 5786, totalOccurrences: 32 }, { name: "Turn", category: "ad", domains: ["*.turn.com"], totalExecutionTime: 8026, totalOccurrences: 176 }, { name: "Tutorialize", category: "customer-success", domains: ["*.tutorialize.me"] }, { name: "Twenga", category: "content", domains: ["*.twenga.fr", "*.c4tw.net", "*.twenga.co.uk"], examples: ["tracker.twenga.co.uk"] }, { name: "Twitframe", company: "Superblock", category: "utility", domains: ["*.twitframe.com"] }, { name: "Twitter Online Conversion Tracking", company: "Twitter", category: "ad", domains: ["*.ads-twitter.com", "analytics.twitter.com"], examples: ["static.ads-twitter.com"], totalExecutionTime: 15187781, totalOccurrences: 131338 }, { name: "Twitter Short URL", company: "Twitter", category: "social", domains: ["*.t.co"] }, { name: "Twyn Group", category: "ad", domains: ["*.twyn.com"] }, { name: "Tynt", company: "33 Across", category: "ad", domains: ["*.tynt.com"], totalExecutionTime: 39959883, totalOccurrences: 143320 }, { name: "Typepad", category: "hosting", domains: ["*.typepad.com"] }, { name: "TyrbooBytes", category: "utility", domains: ["*.turbobytes.net"] }, { name: "UPS i-parcel", company: "UPS", category: "other", domains: ["*.i-parcel.com"] }, { name: "US Media Consulting", category: "ad", domains: ["*.mediade.sk"] }, { name: "Ubertags", category: "tag-manager", domains: ["*.ubertags.com"] }, { name: "Umbel", category: "analytics", domains: ["*.umbel.com"] }, { name: "Unanimis", company: "Switch", category: "ad", domains: ["*.unanimis.co.uk"] }, { name: "Unbounce", category: "ad", domains: ["*.ubembed.com", "*.unbounce.com", "d2xxq4ijfwetlm.cloudfront.net", "d9hhrg4mnvzow.cloudfront.net"], totalExecutionTime: 3062918, totalOccurrences: 10396 }, { name: "Underdog Media", category: "ad", domains: ["*.underdog.media", "*.udmserve.net"], totalExecutionTime: 392041, totalOccurrences: 217 }, { name: "Understand Digital", category: "ad", domains: ["*.redirecting2.net"] }, { name: "Undertone", company: "Perion", category: "ad", domains: ["*.legolas-media.com"], examples: ["rt.legolas-media.com"] }, { name: "Unidays", category: "ad", domains: ["*.myunidays.com", "*.unidays.world"], totalExecutionTime: 38303, totalOccurrences: 28 }, { name: "Uniqodo", category: "ad", domains: ["*.uniqodo.com"], totalExecutionTime: 18061, totalOccurrences: 111 }, { name: "Unite", category: "ad", domains: ["*.uadx.com"] }, { name: "United Card Services", category: "utility", domains: ["*.ucs.su"] }, { name: "United Internet", category: "hosting", domains: ["*.uicdn.com"], totalExecutionTime: 45225, totalOccurrences: 124 }, { name: "United Internet Media", category: "ad", domains: ["*.ui-portal.de"], totalExecutionTime: 27817, totalOccurrences: 103 }, { name: "United Internet Media AG", category: "hosting", domains: ["*.tifbs.net", "*.uicdn.net", "*.uimserv.net"], totalExecutionTime: 7320, totalOccurrences: 92 }, { name: "Unknown", category: "other", domains: [] }, { name: "Unruly Media", category: "ad", domains: ["*.unrulymedia.com"], totalExecutionTime: 227, totalOccurrences: 13 }, { name: "UpBuild", category: "ad", domains: ["*.upbuild.io"], examples: ["www.upbuild.io"] }, { name: "UpSellit", category: "analytics", domains: ["*.upsellit.com"], examples: ["www.upsellit.com"], totalExecutionTime: 1769603, totalOccurrences: 3219 }, { name: "Upland Software", category: "hosting", domains: ["*.clickability.com"] }, { name: "Airship", category: "marketing", domains: ["*.urbanairship.com", "*.aswpsdkus.com"], totalExecutionTime: 3193, totalOccurrences: 28 }, { name: "UsabilityTools", category: "analytics", domains: ["*.usabilitytools.com"] }, { name: "Usablenet.net", category: "utility", domains: ["*.usablenet.net"] }, { name: "Use It Better", category: "analytics", domains: ["*.useitbetter.com"] }, { name: "User Replay", category: "analytics", domains: ["*.userreplay.net"] }, { name: "UserReport", category: "analytics", domains: ["*.userreport.com"], totalExecutionTime: 223793, totalOccurrences: 757 }, { name: "Userneeds", category: "analytics", domains: ["*.userneeds.dk"] }, { name: "Userzoom", category: "analytics", domains: ["*.userzoom.com"], totalExecutionTime: 5939, totalOccurrences: 11 }, { name: "V12 Retail Finance", category: "utility", domains: ["*.v12finance.com"], totalExecutionTime: 7719, totalOccurrences: 7 }, { name: "Vacaciones eDreams", category: "content", domains: ["*.odistatic.net"] }, { name: "Varick Media Management", category: "ad", domains: ["*.vmmpxl.com"] }, { name: "Vdopia Chocolate", company: "Vdopia", category: "ad", domains: ["*.vdopia.com"] }, { name: "Ve", company: "Ve", homepage: "https://www.ve.com/", category: "marketing", domains: ["*.veinteractive.com", "*.ve.com"] }, { name: "Ve Interactive", company: "Ve", category: "ad", domains: ["*.vepxl1.net", "*.adgenie.co.uk"] }, { name: "Vee24", category: "customer-success", domains: ["*.vee24.com"], totalExecutionTime: 956, totalOccurrences: 4 }, { name: "Veeseo", category: "content", domains: ["*.veeseo.com"] }, { name: "Venatus Media", category: "marketing", domains: ["*.alcvid.com", "*.venatusmedia.com"] }, { name: "Veoxa", category: "ad", domains: ["*.veoxa.com"], totalExecutionTime: 210, totalOccurrences: 3 }, { name: "Vergic AB", category: "customer-success", domains: ["*.psplugin.com"], totalExecutionTime: 51089, totalOccurrences: 74 }, { name: "Vergic Engage Platform", company: "Vergic", category: "customer-success", domains: ["*.vergic.com"], totalExecutionTime: 13880, totalOccurrences: 31 }, { name: "Verisign (Symantec)", category: "utility", domains: ["*.verisign.com"] }, { name: "Verizon", category: "utility", domains: ["*.public-trust.com"], examples: ["www.public-trust.com"] }, { name: "Verizon Digital Media CDN", homepage: "https://www.verizondigitalmedia.com/", category: "cdn", domains: ["*.edgecastcdn.net", "*.edgecastdns.net"] }, { name: "Verizon Uplynk", company: "Verizon", category: "content", domains: ["*.uplynk.com"], totalExecutionTime: 1459, totalOccurrences: 8 }, { name: "Vero", company: "Semblance", category: "ad", domains: ["*.getvero.com", "d3qxef4rp70elm.cloudfront.net"], totalExecutionTime: 15551, totalOccurrences: 14 }, { name: "VertaMedia", category: "ad", domains: ["*.vertamedia.com"] }, { name: "Vertical Mass", category: "ad", domains: ["*.vmweb.net"] }, { name: "Vestorly", category: "ad", domains: ["*.oodalab.com"] }, { name: "Vextras", category: "other", domains: ["*.vextras.com"], totalExecutionTime: 2233, totalOccurrences: 37 }, { name: "Viacom", category: "content", domains: ["*.mtvnservices.com"] }, { name: "Vibrant Media", category: "ad", domains: ["*.intellitxt.com", "*.picadmedia.com"] }, { name: "VidPulse", category: "analytics", domains: ["*.vidpulse.com"] }, { name: "Video Media Groep", category: "ad", domains: ["*.vmg.host", "*.inpagevideo.nl"] }, { name: "VideoHub", company: "Tremor Video", category: "ad", domains: ["*.scanscout.com"], examples: ["dt.scanscout.com"] }, { name: "Videology", category: "ad", domains: ["*.tidaltv.com"] }, { name: "Vidible", category: "ad", domains: ["*.vidible.tv"] }, { name: "VigLink", category: "ad", domains: ["*.viglink.com"], totalExecutionTime: 4405148, totalOccurrences: 7471 }, { name: "Vindico", company: "Viant", category: "ad", domains: ["*.vindicosuite.com"] }, { name: "Viocorp International", category: "content", domains: ["*.vioapi.com"] }, { name: "ViralNinjas", category: "ad", domains: ["*.viralninjas.com"] }, { name: "Virool", category: "ad", domains: ["*.virool.com"] }, { name: "Virtual Earth", company: "Microsoft", category: "utility", domains: ["*.virtualearth.net"], totalExecutionTime: 182500, totalOccurrences: 437 }, { name: "Visely", company: "Visely", category: "other", homepage: "https://visely.io/", domains: ["*.visely.io"] }, { name: "VisScore", category: "analytics", domains: ["*.visscore.com", "d2hkbi3gan6yg6.cloudfront.net"] }, { name: "Visible Measures", category: "ad", domains: ["*.visiblemeasures.com"] }, { name: "Visual Studio", company: "Microsoft", category: "utility", domains: ["*.visualstudio.com"], totalExecutionTime: 13042, totalOccurrences: 7 }, { name: "VisualDNA", category: "ad", domains: ["*.visualdna.com"] }, { name: "VisualVisitor", category: "ad", domains: ["*.id-visitors.com"], examples: ["frontend.id-visitors.com"], totalExecutionTime: 4543, totalOccurrences: 49 }, { name: "Vivocha S.p.A", category: "customer-success", domains: ["*.vivocha.com"], totalExecutionTime: 37555, totalOccurrences: 39 }, { name: "Vizu (Nielsen)", category: "analytics", domains: ["*.vizu.com"] }, { name: "Vizury", category: "ad", domains: ["*.vizury.com"] }, { name: "VoiceFive", category: "analytics", domains: ["*.voicefive.com"] }, { name: "Volvelle", company: "Optomaton", category: "ad", domains: ["*.volvelle.tech"] }, { name: "VouchedFor", category: "analytics", domains: ["*.vouchedfor.co.uk"], totalExecutionTime: 4930, totalOccurrences: 23 }, { name: "WARPCACHE", category: "utility", domains: ["*.warpcache.net"] }, { name: "WISHLIST", company: "Shopapps", category: "social", domains: ["*.shopapps.in"] }, { name: "WP Engine", category: "hosting", domains: ["*.wpengine.com"], totalExecutionTime: 752242, totalOccurrences: 474 }, { name: "WalkMe", category: "customer-success", domains: ["*.walkme.com"], totalExecutionTime: 834697, totalOccurrences: 747 }, { name: "Watching That", category: "other", domains: ["*.watchingthat.com"] }, { name: "Wayfair", category: "analytics", domains: ["*.wayfair.com"], examples: ["t.wayfair.com"], totalExecutionTime: 71409, totalOccurrences: 83 }, { name: "Web CEO", category: "other", domains: ["*.websiteceo.com"], examples: ["www.websiteceo.com"] }, { name: "Web Dissector", company: "Beijing Gridsum Technologies", category: "analytics", domains: ["*.gridsumdissector.com", "*.webdissector.com"], examples: ["www.webdissector.com"] }, { name: "Web Forensics", category: "analytics", domains: ["*.webforensics.co.uk"] }, { name: "Web Security and Performance", company: "NCC Group", category: "utility", domains: ["*.nccgroup.trust"] }, { name: "WebEngage", category: "customer-success", domains: ["*.webengage.co", "*.webengage.com", "d23nd6ymopvz52.cloudfront.net", "d3701cc9l7v9a6.cloudfront.net"], totalExecutionTime: 1090548, totalOccurrences: 3096 }, { name: "WebInsight", company: "dotMailer", category: "analytics", domains: ["*.trackedlink.net", "*.trackedweb.net"], totalExecutionTime: 448238, totalOccurrences: 2656 }, { name: "WebPageOne Solutions", category: "other", domains: ["*.webpageone.com"] }, { name: "WebSpectator", category: "ad", domains: ["*.webspectator.com"] }, { name: "WebTuna", company: "Application Performance", category: "analytics", domains: ["*.webtuna.com"] }, { name: "WebVideoCore", company: "StreamingVideoProvider", category: "content", domains: ["*.webvideocore.net"], totalExecutionTime: 127526, totalOccurrences: 53 }, { name: "WebWombat", category: "utility", domains: ["*.ic.com.au"] }, { name: "Webcollage", category: "customer-success", domains: ["*.webcollage.net"] }, { name: "Webcore", category: "ad", domains: ["*.onefeed.co.uk"], totalExecutionTime: 2804, totalOccurrences: 14 }, { name: "Webkul", company: "Webkul Software", category: "utility", domains: ["*.webkul.com"], totalExecutionTime: 214181, totalOccurrences: 1769 }, { name: "Webmarked", category: "utility", domains: ["*.webmarked.net"], totalExecutionTime: 162894, totalOccurrences: 2314 }, { name: "Weborama", category: "ad", domains: ["*.weborama.com", "*.weborama.fr"], totalExecutionTime: 30486, totalOccurrences: 167 }, { name: "WebpageFX", category: "ad", domains: ["*.leadmanagerfx.com"], totalExecutionTime: 29894, totalOccurrences: 345 }, { name: "Webphone", company: "IP WEB SERVICES", category: "customer-success", domains: ["*.webphone.net"], totalExecutionTime: 4029, totalOccurrences: 9 }, { name: "Webselect selectcommerce", company: "Webselect Internet", category: "hosting", domains: ["*.webselect.net"] }, { name: "Webthinking", category: "hosting", domains: ["*.webthinking.co.uk"] }, { name: "Webtrekk", category: "analytics", domains: ["*.wbtrk.net", "*.webtrekk-asia.net", "*.webtrekk.net", "*.wt-eu02.net", "*.wt-safetag.com"], totalExecutionTime: 149378, totalOccurrences: 719 }, { name: "Webtrends", category: "analytics", domains: ["*.webtrends.com", "*.webtrendslive.com", "d1q62gfb8siqnm.cloudfront.net"], totalExecutionTime: 2681, totalOccurrences: 18 }, { name: "Webtype", category: "cdn", domains: ["*.webtype.com"] }, { name: "White Ops", category: "utility", domains: ["*.acexedge.com", "*.tagsrvcs.com"] }, { name: "Whitespace", category: "ad", domains: ["*.whitespacers.com"] }, { name: "WhosOn Live Chat Software", category: "customer-success", domains: ["*.whoson.com"], totalExecutionTime: 19682, totalOccurrences: 124 }, { name: "Wibbitz", category: "other", domains: ["*.wibbitz.com"] }, { name: "Wide Area Communications", category: "hosting", domains: ["*.widearea.co.uk"] }, { name: "WideOrbit", category: "marketing", domains: ["*.admaym.com"] }, { name: "William Reed", category: "content", domains: ["*.wrbm.com"], totalExecutionTime: 798, totalOccurrences: 1 }, { name: "WillyFogg.com", category: "content", domains: ["*.willyfogg.com"] }, { name: "Windows", company: "Microsoft", category: "utility", domains: ["*.windowsupdate.com"], examples: ["ctldl.windowsupdate.com"] }, { name: "WisePops", category: "utility", domains: ["*.wisepops.com"], totalExecutionTime: 3060745, totalOccurrences: 2457 }, { name: "Wishlist King", company: "Appmate", category: "other", homepage: "https://appmate.io/", domains: ["*.appmate.io"], examples: ["api.appmate.io"], totalExecutionTime: 187945, totalOccurrences: 336 }, { name: "Wishpond Technologies", category: "marketing", domains: ["*.wishpond.com", "*.wishpond.net"], totalExecutionTime: 1069815, totalOccurrences: 2699 }, { name: "WizRocket Technologies", category: "analytics", domains: ["*.wzrkt.com"], totalExecutionTime: 487, totalOccurrences: 6 }, { name: "Woopra", category: "analytics", domains: ["*.woopra.com"], totalExecutionTime: 151927, totalOccurrences: 1857 }, { name: "Woosmap", category: "utility", domains: ["*.woosmap.com"], totalExecutionTime: 194598, totalOccurrences: 300 }, { name: "WorkCast", category: "hosting", domains: ["*.workcast.net"] }, { name: "World News Media", category: "content", domains: ["*.wnmedia.co.uk"] }, { name: "Worldpay", category: "utility", domains: ["*.worldpay.com"], totalExecutionTime: 89923, totalOccurrences: 36 }, { name: "Wow Analytics", category: "analytics", domains: ["*.wowanalytics.co.uk"], totalExecutionTime: 25194, totalOccurrences: 124 }, { name: "Wowcher", category: "ad", domains: ["*.wowcher.co.uk"], totalExecutionTime: 29867, totalOccurrences: 7 }, { name: "Wufoo", category: "utility", domains: ["*.wufoo.com"], totalExecutionTime: 1271096, totalOccurrences: 4237 }, { name: "Wunderkind", category: "marketing", homepage: "https://www.wunderkind.co/", domains: ["*.bounceexchange.com", "*.bouncex.net", "*.wknd.ai", "*.cdnbasket.net", "*.cdnwidget.com"], examples: ["events.bouncex.net", "tag.wknd.ai", "data.cdnbasket.net", "pix.cdnwidget.com"], totalExecutionTime: 7302836, totalOccurrences: 7171 }, { name: "Wyng", category: "ad", domains: ["*.offerpop.com"] }, { name: "XMLSHOP", category: "hosting", domains: ["*.xmlshop.biz"] }, { name: "XiTi", company: "AT Internet", category: "analytics", domains: ["*.xiti.com", "*.aticdn.net"], homepage: "https://www.atinternet.com/en/", examples: ["tag.aticdn.net/123456789/smarttag.js"], totalExecutionTime: 2308589, totalOccurrences: 21603 }, { name: "YUDU", category: "content", domains: ["*.yudu.com"] }, { name: "Yahoo! Ad Exchange", company: "Yahoo!", category: "ad", domains: ["*.yieldmanager.com", "*.browsiprod.com"], examples: ["yield-manager.browsiprod.com"], totalExecutionTime: 23187518, totalOccurrences: 6818 }, { name: "Yahoo! JAPAN Ads", company: "Yahoo! JAPAN", category: "ad", homepage: "https://marketing.yahoo.co.jp/service/yahooads/", domains: ["yads.c.yimg.jp", "s.yimg.jp", "b92.yahoo.co.jp"], examples: ["yads.c.yimg.jp/js/yads-async.js", "s.yimg.jp/images/listing/tool/yads/ydn/creative/video/ytop_video_timeline_sp.min.js", "b92.yahoo.co.jp/js/s_retargeting.js"], totalExecutionTime: 13507770, totalOccurrences: 83673 }, { name: "Yahoo! Tag Manager", company: "Yahoo! JAPAN", category: "tag-manager", homepage: "https://marketing.yahoo.co.jp/service/tagmanager/", domains: ["*.yjtag.jp"], examples: ["s.yjtag.jp/tag.js"], totalExecutionTime: 3, totalOccurrences: 2 }, { name: "Yahoo! Small Business", company: "Yahoo!", category: "hosting", domains: ["*.aabacosmallbusiness.com"] }, { name: "Yellow Robot", category: "ad", domains: ["*.backinstock.org"], totalExecutionTime: 12223, totalOccurrences: 509 }, { name: "YieldPartners", category: "ad", domains: ["*.yieldpartners.com"] }, { name: "Yieldbot", category: "ad", domains: ["*.yldbt.com"] }, { name: "Yieldify", category: "ad", domains: ["*.yieldify.com", "*.yieldifylabs.com", "d33wq5gej88ld6.cloudfront.net", "dwmvwp56lzq5t.cloudfront.net"], examples: ["geo.yieldifylabs.com"], totalExecutionTime: 408529, totalOccurrences: 225 }, { name: "Yieldlab", category: "ad", domains: ["*.yieldlab.net"], totalExecutionTime: 639, totalOccurrences: 4 }, { name: "Yieldmo", category: "ad", domains: ["*.yieldmo.com"], totalExecutionTime: 13223, totalOccurrences: 897 }, { name: "Yieldr", category: "ad", domains: ["*.254a.com"] }, { name: "Yo", category: "utility", domains: ["*.yopify.com"] }, { name: "YoYo", category: "utility", domains: ["*.goadservices.com"] }, { name: "Yotpo", homepage: "https://www.yotpo.com/", category: "marketing", domains: ["*.yotpo.com", "*.swellrewards.com"], totalExecutionTime: 32399663, totalOccurrences: 48498 }, { name: "Yottaa", category: "hosting", domains: ["*.yottaa.com", "*.yottaa.net"], totalExecutionTime: 1626120, totalOccurrences: 1248 }, { name: "YourAmigo", category: "utility", domains: ["*.youramigo.com"] }, { name: "YuMe", category: "ad", domains: ["*.yume.com", "*.yumenetworks.com"], examples: ["cks.yumenetworks.com"] }, { name: "Yummley", category: "other", domains: ["*.yummly.com"] }, { name: "ZEDO", category: "ad", domains: ["*.zedo.com"] }, { name: "Zafu", category: "analytics", domains: ["*.zafu.com"] }, { name: "Zaius", category: "ad", domains: ["*.zaius.com"] }, { name: "Zamplus ad", category: "ad", domains: ["*.zampda.net"] }, { name: "Zanox", category: "ad", domains: ["*.zanox.com", "*.zanox.ws"] }, { name: "Zapper", category: "utility", domains: ["*.zapper.com"] }, { name: "Zarget", category: "analytics", domains: ["*.zarget.com"] }, { name: "Zemanta", category: "ad", domains: ["*.zemanta.com"], totalExecutionTime: 92735, totalOccurrences: 1563 }, { name: "Zen Internet", category: "other", domains: ["*.zyen.com"] }, { name: "Zenovia Digital Exchange", category: "ad", domains: ["*.rhythmxchange.com", "*.zenoviaexchange.com"] }, { name: "ZergNet", category: "content", domains: ["*.zergnet.com"], totalExecutionTime: 251, totalOccurrences: 5 }, { name: "Zerogrey", category: "hosting", domains: ["*.zerogrey.com"] }, { name: "Ziff Davis Tech", category: "ad", domains: ["*.adziff.com", "*.zdbb.net"], totalExecutionTime: 40285, totalOccurrences: 170 }, { name: "Zmags", category: "marketing", domains: ["*.zmags.com"], totalExecutionTime: 138128, totalOccurrences: 175 }, { name: "Zolando", category: "content", domains: ["*.ztat.net"], totalExecutionTime: 1087114, totalOccurrences: 95 }, { name: "Zoover", category: "analytics", domains: ["*.zoover.nl", "*.zoover.co.uk"], totalExecutionTime: 156051, totalOccurrences: 92 }, { name: "Zopim", category: "customer-success", domains: ["*.zopim.io"] }, { name: "[24]7", category: "customer-success", domains: ["*.247-inc.net", "*.247inc.net", "d1af033869koo7.cloudfront.net"], totalExecutionTime: 31292, totalOccurrences: 24 }, { name: "adKernel", category: "ad", domains: ["*.adkernel.com"], totalExecutionTime: 6992, totalOccurrences: 1273 }, { name: "adMarketplace", company: "AMPexchange", category: "ad", domains: ["*.ampxchange.com", "*.admarketplace.net"] }, { name: "addtocalendar", category: "utility", domains: ["*.addtocalendar.com"] }, { name: "adnanny", category: "ad", domains: ["*.adserver01.de"], totalExecutionTime: 313, totalOccurrences: 4 }, { name: "affilinet", category: "ad", domains: ["*.reussissonsensemble.fr", "*.successfultogether.co.uk"] }, { name: "audioBoom", category: "social", domains: ["*.audioboom.com", "*.audioboo.fm"], totalExecutionTime: 177307, totalOccurrences: 93 }, { name: "bPay by Barclaycard", company: "Barclays Bank", category: "utility", domains: ["*.bpay.co.uk"] }, { name: "bRealTime", category: "ad", domains: ["*.brealtime.com"], totalExecutionTime: 1522, totalOccurrences: 5 }, { name: "bd4travel", category: "analytics", domains: ["*.bd4travel.com"] }, { name: "bizinformation-VOID", company: "bizinformation", category: "analytics", domains: ["*.bizinformation.org"] }, { name: "carrot", category: "social", domains: ["*.sharebutton.co"] }, { name: "cloudIQ", category: "analytics", domains: ["*.cloud-iq.com"] }, { name: "comScore", category: "analytics", domains: ["*.adxpose.com", "*.comscore.com", "*.sitestat.com", "*.zqtk.net"], totalExecutionTime: 7228, totalOccurrences: 6 }, { name: "content.ad", category: "ad", domains: ["*.content.ad"] }, { name: "d3 Media", company: "d3 Technologies", category: "other", domains: ["*.d3sv.net"] }, { name: "dexiMEDIA", category: "ad", domains: ["*.deximedia.com"] }, { name: "dianomi", category: "ad", domains: ["*.dianomi.com", "*.dianomioffers.co.uk"], totalExecutionTime: 328016, totalOccurrences: 156 }, { name: "donReach", category: "social", domains: ["*.donreach.com"], totalExecutionTime: 6957, totalOccurrences: 99 }, { name: "dotMailer", category: "ad", domains: ["*.dmtrk.com", "*.dotmailer.com", "*.emlfiles.com"] }, { name: "dotMailer Surveys", company: "dotMailer", category: "analytics", domains: ["*.dotmailer-surveys.com"] }, { name: "dstillery", category: "ad", domains: ["*.dstillery.com", "*.media6degrees.com"], totalExecutionTime: 441, totalOccurrences: 2 }, { name: "eBay", category: "ad", domains: ["*.ebay.com", "*.ebayimg.com", "*.fetchback.com"], totalExecutionTime: 1612601, totalOccurrences: 2084 }, { name: "eBay Enterprise", category: "hosting", domains: ["*.csdata1.com", "*.gsipartners.com"] }, { name: "eBuzzing", company: "Teads Managed Services", category: "ad", domains: ["*.ebz.io"] }, { name: "eDigital Research", category: "customer-success", domains: ["*.edigitalresearch.com", "*.edigitalsurvey.com", "*.edrcdn.com", "*.ecustomeropinions.com"] }, { name: "eGain", category: "analytics", domains: ["*.analytics-egain.com", "*.egain.com"], totalExecutionTime: 14087, totalOccurrences: 132 }, { name: "eHost", category: "hosting", domains: ["*.ehosts.net"] }, { name: "eKomi", category: "analytics", domains: ["*.ekomi.com", "*.ekomi.de"], totalExecutionTime: 7634, totalOccurrences: 27 }, { name: "eWAY", company: "Web Active Pty", category: "utility", domains: ["*.eway.com.au"], examples: ["www.eway.com.au"], totalExecutionTime: 8657, totalOccurrences: 2 }, { name: "eXTReMe digital", category: "analytics", domains: ["*.extreme-dm.com"], totalExecutionTime: 5493, totalOccurrences: 101 }, { name: "eXelate", category: "ad", domains: ["*.exelator.com"], totalExecutionTime: 8909, totalOccurrences: 142 }, { name: "ecommercefeed.net", category: "marketing", domains: ["*.ecommercefeed.net"] }, { name: "engage:BDR", category: "ad", domains: ["*.bnmla.com", "*.ebdr3.com"] }, { name: "epago", category: "ad", domains: ["*.adaos-ads.net"] }, { name: "epoq internet services", category: "analytics", domains: ["*.epoq.de"], totalExecutionTime: 50639, totalOccurrences: 121 }, { name: "etouches", category: "hosting", domains: ["*.etouches.com"], examples: ["www.etouches.com"] }, { name: "etracker", category: "analytics", domains: ["*.etracker.com", "*.etracker.de"], examples: ["www.etracker.com"], totalExecutionTime: 3521586, totalOccurrences: 10282 }, { name: "everestads.com", category: "content", domains: ["*.verestads.net"] }, { name: "exebid.DCA", company: "Data-Centric Alliance", category: "ad", domains: ["*.exe.bid"] }, { name: "eyeReturn Marketing", category: "marketing", domains: ["*.eyereturn.com"] }, { name: "feedoptimise", category: "hosting", domains: ["*.feedoptimise.com", "d1w78njrm56n7g.cloudfront.net"], totalExecutionTime: 2467, totalOccurrences: 3 }, { name: "fifty-five", category: "ad", domains: ["*.55labs.com"] }, { name: "fluct", category: "ad", domains: ["*.adingo.jp"], totalExecutionTime: 10965548, totalOccurrences: 18070 }, { name: "freegeoip.net", company: "(community-funded)", category: "utility", domains: ["*.freegeoip.net"] }, { name: "freewheel.tv", category: "content", domains: ["*.fwmrm.net"], totalExecutionTime: 44491, totalOccurrences: 510 }, { name: "gnatta", category: "customer-success", domains: ["*.gnatta.com"], totalExecutionTime: 8751, totalOccurrences: 62 }, { name: "home.pl", category: "hosting", domains: ["*.nscontext.eu"] }, { name: "hyfn", category: "ad", domains: ["*.hyfn.com"] }, { name: "iAdvize SAS", category: "customer-success", domains: ["*.iadvize.com"], totalExecutionTime: 703566, totalOccurrences: 1619 }, { name: "iBillboard", category: "ad", domains: ["*.ibillboard.com"] }, { name: "iCrossing", category: "ad", domains: ["*.ic-live.com"] }, { name: "iFactory", company: "RDW Group", category: "hosting", domains: ["*.ifactory.com"] }, { name: "iGoDigital", category: "analytics", domains: ["*.igodigital.com"], totalExecutionTime: 4435, totalOccurrences: 68 }, { name: "iJento", company: "Fopsha", category: "ad", domains: ["*.ijento.com"] }, { name: "iPage", category: "hosting", domains: ["*.ipage.com"], examples: ["www.ipage.com"], totalExecutionTime: 3943, totalOccurrences: 10 }, { name: "iPerceptions", category: "customer-success", domains: ["*.iperceptions.com"], totalExecutionTime: 1136542, totalOccurrences: 7974 }, { name: "iTunes", company: "Apple", category: "content", domains: ["*.mzstatic.com"] }, { name: "imgix", company: "Zebrafish Labs", category: "utility", domains: ["*.imgix.net"], totalExecutionTime: 45413, totalOccurrences: 105 }, { name: "infogr.am", category: "utility", domains: ["*.infogr.am", "*.jifo.co"], totalExecutionTime: 3442598, totalOccurrences: 413 }, { name: "iotec", category: "analytics", domains: ["*.dsp.io"] }, { name: "iovation", category: "utility", domains: ["*.iesnare.com"], totalExecutionTime: 2255152, totalOccurrences: 3322 }, { name: "ipinfo.io", category: "utility", domains: ["*.ipinfo.io"], totalExecutionTime: 6359, totalOccurrences: 4 }, { name: "issuu", category: "content", domains: ["*.issuu.com", "*.isu.pub"], totalExecutionTime: 12353659, totalOccurrences: 3609 }, { name: "iubenda", category: "utility", domains: ["*.iubenda.com"], examples: ["www.iubenda.com"], totalExecutionTime: 190012580, totalOccurrences: 202893 }, { name: "j2 Cloud Services", category: "ad", domains: ["*.campaigner.com"], totalExecutionTime: 33043, totalOccurrences: 70 }, { name: "jsonip.com", category: "analytics", domains: ["*.jsonip.com"] }, { name: "linkpulse", category: "analytics", domains: ["*.lp4.io"] }, { name: "loGo_net", category: "analytics", domains: ["*.logo-net.co.uk"] }, { name: "mainADV", category: "ad", domains: ["*.httptrack.com", "*.solocpm.com"] }, { name: "mbr targeting", category: "ad", domains: ["*.m6r.eu"], totalExecutionTime: 333, totalOccurrences: 5 }, { name: "media.ventive", category: "ad", domains: ["*.contentspread.net"] }, { name: "metrigo", category: "ad", domains: ["*.metrigo.com"] }, { name: "minicabit.com", category: "content", domains: ["*.minicabit.com"] }, { name: "mobiManage", category: "hosting", domains: ["*.mobimanage.com"] }, { name: "moving-pictures", category: "other", domains: ["*.moving-pictures.biz", "*.v6-moving-pictures.com", "*.vtstat.com", "*.moving-pictures.de"] }, { name: "my6sense", category: "ad", domains: ["*.mynativeplatform.com"] }, { name: "myThings", category: "ad", domains: ["*.mythings.com", "*.mythingsmedia.net"] }, { name: "mymovies", category: "content", domains: ["*.mymovies.net"] }, { name: "nRelate-VOID", company: "nRelate", category: "content", domains: ["*.nrelate.com"] }, { name: "nToklo", category: "analytics", domains: ["*.ntoklo.com"] }, { name: "neXeps", category: "ad", domains: ["*.nexeps.com"] }, { name: "ninemsn Pty.", category: "utility", domains: ["*.ninemsn.com.au"] }, { name: "nugg.ad", category: "ad", domains: ["*.nuggad.net"] }, { name: "numero interactive", company: "numero", category: "ad", domains: ["*.numerointeractive.com"] }, { name: "optMD", company: "Optimax Media Delivery", category: "ad", domains: ["*.optmd.com"], totalExecutionTime: 6, totalOccurrences: 22 }, { name: "otracking.com", category: "analytics", domains: ["*.otracking.com"] }, { name: "paysafecard", company: "Paysafe Group", category: "utility", domains: ["*.paysafecard.com"] }, { name: "piano", category: "ad", domains: ["*.npttech.com", "*.tinypass.com"], examples: ["www.npttech.com"], totalExecutionTime: 1676820, totalOccurrences: 2009 }, { name: "piclike", category: "ad", domains: ["*.piclike.us"] }, { name: "placehold.it", category: "utility", domains: ["*.placehold.it"] }, { name: "plista", category: "ad", domains: ["*.plista.com"] }, { name: "prebid.org", category: "utility", domains: ["*.prebid.org"], totalExecutionTime: 1294, totalOccurrences: 2 }, { name: "reEmbed", category: "other", domains: ["*.reembed.com"] }, { name: "reddit", category: "social", domains: ["*.reddit.com", "*.redditstatic.com"], examples: ["www.redditstatic.com"], totalExecutionTime: 40944497, totalOccurrences: 65646 }, { name: "rewardStyle.com", category: "ad", domains: ["*.rewardstyle.com"], totalExecutionTime: 265143, totalOccurrences: 1790 }, { name: "rss2json", category: "utility", domains: ["*.rss2json.com"], totalExecutionTime: 781, totalOccurrences: 9 }, { name: "sage Pay", company: "Sage Pay Europe", category: "utility", domains: ["*.sagepay.com"], totalExecutionTime: 4789, totalOccurrences: 48 }, { name: "section.io", category: "utility", domains: ["*.squixa.net"], examples: ["beacon.squixa.net", "s.squixa.net"] }, { name: "smartclip", category: "ad", domains: ["*.smartclip.net"], totalExecutionTime: 38682, totalOccurrences: 26 }, { name: "sovrn", category: "ad", domains: ["*.lijit.com"], totalExecutionTime: 4178611, totalOccurrences: 60361 }, { name: "stackpile.io", company: "StackPile", category: "tag-manager", domains: ["*.stackpile.io"] }, { name: "template-help.com", category: "hosting", domains: ["*.template-help.com"], totalExecutionTime: 8616, totalOccurrences: 13 }, { name: "test", company: "test only", category: "other", domains: ["*.testtesttest.com"] }, { name: "trueAnthem", category: "social", domains: ["*.tru.am"] }, { name: "tweetmeme-VOID", company: "tweetmeme", category: "analytics", domains: ["*.tweetmeme.com"] }, { name: "uLogin", category: "other", domains: ["*.ulogin.ru"] }, { name: "uLogix", category: "ad", domains: ["*.ulogix.ru"] }, { name: "ucfunnel ucX", company: "ucfunnel", category: "ad", domains: ["*.aralego.com"], totalExecutionTime: 39762, totalOccurrences: 273 }, { name: "up-value", category: "ad", domains: ["*.up-value.de"] }, { name: "wywy", category: "ad", domains: ["*.wywy.com", "*.wywyuserservice.com"] }, { name: "CDK Dealer Management", company: "CDK Global", homepage: "https://www.cdkglobal.com/us", category: "hosting", domains: ["*.assets-cdk.com"], examples: ["media-cf.assets-cdk.com"] }, { name: "fam", company: "Fing Co Ltd.", homepage: "http://admin.fam-ad.com/report/", category: "ad", domains: ["*.fam-ad.com"], examples: ["img.fam-ad.com"], totalExecutionTime: 882, totalOccurrences: 7 }, { name: "zypmedia", category: "ad", domains: ["*.extend.tv"] }, { name: "codigo", homepage: "https://www.codigo.se", category: "analytics", domains: ["*.codigo.se"], examples: ["analytics.codigo.se"], totalExecutionTime: 907, totalOccurrences: 20 }, { name: "Playground", homepage: "https://playground.xyz", category: "ad", domains: ["*.playground.xyz"], examples: ["ads.playground.xyz"], totalExecutionTime: 2063, totalOccurrences: 3 }, { name: "RAM", homepage: "https://www2.rampanel.com/", category: "analytics", domains: ["*.rampanel.com"], examples: ["inviso.rampanel.com"], totalExecutionTime: 17526, totalOccurrences: 2 }, { name: "Adition", homepage: "https://www.adition.com", category: "ad", domains: ["*.adition.com"], examples: ["dsp.adfarm1.adition.com"], totalExecutionTime: 163152, totalOccurrences: 963 }, { name: "Widespace", homepage: "https://www.widespace.com", category: "ad", domains: ["*.widespace.com"], examples: ["sync.widespace.com"] }, { name: "Colpirio", homepage: "https://www.widespace.com", category: "analytics", domains: ["*.colpirio.com"], examples: ["proxy-tracker.colpirio.com"] }, { name: "Brandmetrics", homepage: "https://www.brandmetrics.com", category: "analytics", domains: ["*.brandmetrics.com"], examples: ["collector.brandmetrics.com", "cdn.brandmetrics.com"], totalExecutionTime: 6672401, totalOccurrences: 36552 }, { name: "EasyAd", homepage: "https://web.easy-ads.com/", category: "ad", domains: ["*.easy-ads.com"], examples: ["ads.easy-ads.com"], totalExecutionTime: 36874, totalOccurrences: 15 }, { name: "Glimr", homepage: "https://glimr.io/", category: "analytics", domains: ["*.glimr.io"], examples: ["pixel.glimr.io"] }, { name: "Webtreck", homepage: "https://www.webtrekk.com/en/home/", category: "analytics", domains: ["*.wcfbc.net"], examples: ["fbc.wcfbc.net"] }, { name: "DigiTrust", homepage: "http://www.digitru.st/", category: "analytics", domains: ["*.digitru.st"], examples: ["cdn.digitru.st"] }, { name: "Kantar Sifo", homepage: "https://www.kantarsifo.se", category: "analytics", domains: ["*.research-int.se"], examples: ["trafficgateway.research-int.se"], totalExecutionTime: 399, totalOccurrences: 1 }, { name: "Concert", homepage: "https://concert.io/", category: "ad", domains: ["*.concert.io"], examples: ["cdn.concert.io"], totalExecutionTime: 1532795, totalOccurrences: 272 }, { name: "Emerse", homepage: "https://www.emerse.com/", category: "ad", domains: ["*.emerse.com"], examples: ["tracking.emerse.com"] }, { name: "Iterate", homepage: "https://iteratehq.com/", category: "analytics", domains: ["*.iteratehq.com"], totalExecutionTime: 11370, totalOccurrences: 144 }, { name: "Cookiebot", homepage: "https://www.cookiebot.com/", category: "utility", domains: ["*.cookiebot.com"], examples: ["consent.cookiebot.com"], totalExecutionTime: 146302582, totalOccurrences: 367484 }, { name: "Netlify", homepage: "https://www.netlify.com/", category: "utility", domains: ["*.netlify.com", "*.netlifyusercontent.com"], examples: ["cloud.netlifyusercontent.com"], totalExecutionTime: 456718, totalOccurrences: 1726 }, { name: "Scroll", homepage: "https://scroll.com/", category: "utility", domains: ["*.scroll.com"], examples: ["static.scroll.com", "connect.scroll.com"] }, { name: "Consumable", homepage: "https://consumable.com/", category: "ad", domains: ["*.serverbid.com"], totalExecutionTime: 1274, totalOccurrences: 30 }, { name: "DMD Marketing", homepage: "https://www.dmdconnects.com/", category: "ad", domains: ["*.medtargetsystem.com"] }, { name: "Catchpoint", homepage: "https://www.catchpoint.com/", category: "analytics", domains: ["*.3gl.net", "*.3genlabs.net"], totalExecutionTime: 85867, totalOccurrences: 300 }, { name: "Terminus", homepage: "https://terminus.com/", category: "ad", domains: ["*.terminus.services"], totalExecutionTime: 36985, totalOccurrences: 273 }, { name: "Acceptable Ads", homepage: "https://acceptableads.com/", category: "ad", domains: ["*.aaxads.com", "*.aaxdetect.com"], totalExecutionTime: 11591, totalOccurrences: 48 }, { name: "ClearBrain", homepage: "https://www.clearbrain.com/", category: "analytics", domains: ["*.clearbrain.com"], examples: ["api.clearbrain.com"] }, { name: "Optanon", homepage: "https://www.cookielaw.org/", category: "consent-provider", domains: ["*.onetrust.com", "*.cookielaw.org"], examples: ["cdn.cookielaw.org", "geolocation.onetrust.com"], totalExecutionTime: 153672680, totalOccurrences: 272514 }, { name: "TrustArc", homepage: "https://www.trustarc.com/", category: "utility", domains: ["*.trustarc.com"], examples: ["choices.trustarc.com", "consent.trustarc.com"], totalExecutionTime: 3744742, totalOccurrences: 11118 }, { name: "iSpot.tv", homepage: "https://www.ispot.tv/", category: "ad", domains: ["*.ispot.tv"], examples: ["pt.ispot.tv"], totalExecutionTime: 416, totalOccurrences: 9 }, { name: "RevJet", homepage: "https://www.revjet.com/", category: "ad", domains: ["*.revjet.com"], examples: ["pix.revjet.com", "ads.revjet.com"], totalExecutionTime: 47552, totalOccurrences: 132 }, { name: "atlasRTX", homepage: "https://www.atlasrtx.com/", category: "customer-success", domains: ["*.atlasrtx.com"], examples: ["app.atlasrtx.com", "cdn.atlasrtx.com", "dev.atlasrtx.com"], totalExecutionTime: 52746, totalOccurrences: 43 }, { name: "ContactAtOnce", homepage: "https://www.contactatonce.com/", category: "customer-success", domains: ["*.contactatonce.com"], examples: ["tag.contactatonce.com", "agentpresence.contactatonce.com"] }, { name: "Algolia", homepage: "https://www.algolia.com/", category: "utility", domains: ["*.algolianet.com", "*.algolia.net", "*.algolia.io"], totalExecutionTime: 3731, totalOccurrences: 26 }, { name: "EMX Digital", homepage: "https://emxdigital.com", category: "ad", domains: ["*.emxdgt.com"], totalExecutionTime: 1950, totalOccurrences: 708 }, { name: "Moxie", homepage: "https://www.gomoxie.com/", category: "utility", domains: ["*.gomoxie.solutions"], totalExecutionTime: 15291, totalOccurrences: 22 }, { name: "Scripps Network Digital", homepage: "https://www.scrippsnetworksdigital.com/", category: "ad", domains: ["*.snidigital.com"] }, { name: "TurnTo", homepage: "https://www.turntonetworks.com/", category: "utility", domains: ["*.turnto.com"], totalExecutionTime: 24343, totalOccurrences: 77 }, { name: "Quantum Metric", homepage: "https://www.quantummetric.com/", category: "analytics", domains: ["*.quantummetric.com"], totalExecutionTime: 6382311, totalOccurrences: 2966 }, { name: "Carbon Ads", homepage: "https://www.carbonads.net/", category: "ad", domains: ["*.carbonads.net", "*.carbonads.com"], totalExecutionTime: 27058, totalOccurrences: 456 }, { name: "Ably", homepage: "https://www.ably.io/", category: "utility", domains: ["*.ably.io"], totalExecutionTime: 29559, totalOccurrences: 238 }, { name: "Sectigo", homepage: "https://sectigo.com/", category: "utility", domains: ["*.sectigo.com"], totalExecutionTime: 3682, totalOccurrences: 5 }, { name: "Specless", homepage: "https://gospecless.com/", category: "ad", domains: ["*.specless.tech"] }, { name: "Loggly", homepage: "https://www.loggly.com/", category: "analytics", domains: ["*.loggly.com", "d9jmv9u00p0mv.cloudfront.net"], examples: ["logs-01.loggly.com"], totalExecutionTime: 2768, totalOccurrences: 32 }, { name: "Intent Media", homepage: "https://intent.com/", category: "ad", domains: ["*.intentmedia.net"] }, { name: "Supership", homepage: "https://supership.jp/", category: "ad", domains: ["*.socdm.com"], totalExecutionTime: 10975656, totalOccurrences: 32253 }, { name: "F@N Communications", homepage: "https://www.fancs.com/", category: "ad", domains: ["*.ladsp.com"], examples: ["px.ladsp.com"], totalExecutionTime: 1314009, totalOccurrences: 10570 }, { name: "Vidyard", homepage: "https://www.vidyard.com/", category: "utility", domains: ["*.vidyard.com"], totalExecutionTime: 1798034, totalOccurrences: 1884 }, { name: "RapidSSL", homepage: "https://www.rapidssl.com/", category: "utility", domains: ["*.rapidssl.com"], totalExecutionTime: 20207, totalOccurrences: 2 }, { name: "Coherent Path", homepage: "https://coherentpath.com/", category: "utility", domains: ["*.coherentpath.com"], totalExecutionTime: 4596, totalOccurrences: 42 }, { name: "Attentive", homepage: "https://attentivemobile.com/", category: "ad", domains: ["*.attn.tv", "*.attentivemobile.com"], totalExecutionTime: 7844423, totalOccurrences: 13372 }, { name: "emetriq", homepage: "https://www.emetriq.com/", category: "ad", domains: ["*.emetriq.de", "*.xplosion.de"], totalExecutionTime: 884, totalOccurrences: 12 }, { name: "Bonzai", homepage: "https://www.bonzai.co/", category: "ad", domains: ["*.bonzai.co"] }, { name: "Freshchat", homepage: "https://www.freshworks.com/live-chat-software/", category: "customer-success", domains: ["*.freshchat.com", "*.freshworksapi.com"], products: [{ name: "Freshdesk Messaging", urlPatterns: ["wchat.freshchat.com"], facades: [{ name: "Freshdesk Messaging (formerly Freshchat) Facade", repo: "https://github.com/coliff/freshdesk-messaging-facade/" }] }], totalExecutionTime: 36981628, totalOccurrences: 11972 }, { name: "Contentful", homepage: "https://www.contentful.com/", category: "utility", domains: ["*.contentful.com"], examples: ["cdn.contentful.com"], totalExecutionTime: 37245, totalOccurrences: 2 }, { name: "PureCars", homepage: "https://www.purecars.com/", category: "marketing", domains: ["*.purecars.com"], examples: ["cdn.purecars.com"], totalExecutionTime: 760243, totalOccurrences: 1387 }, { name: "Tray Commerce", homepage: "https://www.tray.com.br/", category: "marketing", domains: ["*.tcdn.com.br"], examples: ["images.tcdn.com.br"], totalExecutionTime: 128455577, totalOccurrences: 25153 }, { name: "AdScore", homepage: "https://www.adscore.com/", category: "ad", domains: ["*.adsco.re"], examples: ["c.adsco.re"], totalExecutionTime: 6389799, totalOccurrences: 8346 }, { name: "WebsiteBuilder.com", homepage: "https://www.websitebuilder.com", category: "hosting", domains: ["*.mywebsitebuilder.com"], totalExecutionTime: 19675491, totalOccurrences: 6545 }, { name: "mParticle", homepage: "https://www.mparticle.com/", category: "utility", domains: ["*.mparticle.com"], examples: ["jssdks.mparticle.com", "identity.mparticle.com"], totalExecutionTime: 328057, totalOccurrences: 1591 }, { name: "Ada", homepage: "https://www.ada.support/", category: "customer-success", domains: ["*.ada.support"], examples: ["static.ada.support"], totalExecutionTime: 1669710, totalOccurrences: 1876 }, { name: "Quora Ads", homepage: "https://www.quora.com/business/", category: "ad", domains: ["*.quora.com"], examples: ["q.quora.com"], totalExecutionTime: 1888447, totalOccurrences: 7726 }, { name: "Auth0", homepage: "https://auth0.com/", category: "utility", domains: ["*.auth0.com"], examples: ["cdn.auth0.com"], totalExecutionTime: 444363, totalOccurrences: 1573 }, { name: "Bridgewell DSP", homepage: "https://www.bridgewell.com/", category: "ad", domains: ["*.scupio.com"], examples: ["img.scupio.com"], totalExecutionTime: 132707, totalOccurrences: 595 }, { name: "Wicked Reports", homepage: "https://www.wickedreports.com/", category: "marketing", domains: ["*.wickedreports.com"], examples: ["widget.wickedreports.com"], totalExecutionTime: 284302, totalOccurrences: 792 }, { name: "Jaywing", homepage: "https://jaywing.com/", category: "marketing", domains: ["*.jaywing.com"], examples: ["amazon.almanac.jaywing.com"] }, { name: "Holimetrix", homepage: "https://u360.d-bi.fr/", category: "marketing", domains: ["*.d-bi.fr"], examples: ["u360.d-bi.fr"] }, { name: "iZooto", homepage: "https://www.izooto.com", category: "marketing", domains: ["*.izooto.com"], examples: ["cdn.izooto.com"], totalExecutionTime: 1819421, totalOccurrences: 3023 }, { name: "Ordergroove", homepage: "https://www.ordergroove.com/", category: "marketing", domains: ["*.ordergroove.com"], examples: ["static.ordergroove.com"], totalExecutionTime: 148049, totalOccurrences: 486 }, { name: "PageSense", homepage: "https://www.zoho.com/pagesense/", category: "analytics", domains: ["*.pagesense.io"], examples: ["cdn.pagesense.io"], totalExecutionTime: 6203179, totalOccurrences: 16229 }, { name: "Vizzit", homepage: "https://www.vizzit.se", category: "analytics", domains: ["*.vizzit.se"], examples: ["www.vizzit.se", "tag.vizzit.se"], totalExecutionTime: 2044, totalOccurrences: 47 }, { name: "Click Guardian", homepage: "https://www.clickguardian.co.uk/", category: "ad", domains: ["*.clickguardian.app", "*.clickguardian.co.uk"], examples: ["v2.clickguardian.app", "protection.clickguardian.co.uk"], totalExecutionTime: 469258, totalOccurrences: 2155 }, { name: "Smartsupp", company: "Smartsupp.com", homepage: "https://www.smartsupp.com", category: "customer-success", domains: ["*.smartsuppchat.com", "*.smartsupp.com", "smartsupp-widget-161959.c.cdn77.org", "*.smartsuppcdn.com"], examples: ["widget-v1.smartsuppcdn.com"], totalExecutionTime: 23005883, totalOccurrences: 35566 }, { name: "Smartlook", company: "Smartsupp.com", homepage: "https://www.smartlook.com/", category: "analytics", domains: ["*.smartlook.com"], totalExecutionTime: 2044271, totalOccurrences: 26156 }, { name: "Luigis Box", company: "Luigis Box", homepage: "https://www.luigisbox.com/", category: "utility", domains: ["*.luigisbox.com"], totalExecutionTime: 593832, totalOccurrences: 940 }, { name: "Targito", company: "VIVmail.cz", homepage: "https://www.targito.com", category: "marketing", domains: ["*.targito.com"], totalExecutionTime: 8333, totalOccurrences: 86 }, { name: "Foxentry", company: "AVANTRO", homepage: "https://foxentry.cz/", category: "utility", domains: ["*.foxentry.cz"], totalExecutionTime: 953108, totalOccurrences: 4767 }, { name: "Pendo", homepage: "https://www.pendo.io", category: "analytics", domains: ["*.pendo.io"], examples: ["app.pendo.io"], totalExecutionTime: 14276492, totalOccurrences: 29161 }, { name: "Braze", homepage: "https://www.braze.com", category: "analytics", domains: ["*.appboycdn.com"], examples: ["js.appboycdn.com"], totalExecutionTime: 1466846, totalOccurrences: 15611 }, { name: "Usersnap", homepage: "https://usersnap.com", category: "customer-success", domains: ["*.usersnap.com"], examples: ["api.usersnap.com", "cdn.usersnap.com"], totalExecutionTime: 1479929, totalOccurrences: 2718 }, { name: "Rewardful", homepage: "https://www.getrewardful.com", category: "analytics", domains: ["*.wdfl.co"], examples: ["r.wdfl.co"], totalExecutionTime: 43441, totalOccurrences: 668 }, { name: "Launch Darkly", homepage: "https://launchdarkly.com", category: "utility", domains: ["*.launchdarkly.com"], examples: ["app.launchdarkly.com", "events.launchdarkly.com"], totalExecutionTime: 6312, totalOccurrences: 16 }, { name: "Statuspage", company: "Atlassian", homepage: "https://www.statuspage.io", category: "utility", domains: ["*.statuspage.io"], examples: ["1k6wzpspjf99.statuspage.io"], totalExecutionTime: 72880, totalOccurrences: 2759 }, { name: "HyperInzerce", homepage: "https://hyperinzerce.cz", category: "ad", domains: ["*.hyperinzerce.cz"], examples: ["motorky.hyperinzerce.cz"], totalExecutionTime: 3831, totalOccurrences: 78 }, { name: "POWr", homepage: "https://www.powr.io", category: "utility", domains: ["*.powr.io"], examples: ["www.powr.io"], totalExecutionTime: 282014107, totalOccurrences: 59744 }, { name: "Coral", company: "Coral", homepage: "https://coralproject.net", category: "content", domains: ["*.coral.coralproject.net"], examples: ["company.coral.coralproject.net"], totalExecutionTime: 154078, totalOccurrences: 89 }, { name: "Bolt", homepage: "https://www.bolt.com/", category: "utility", domains: ["*.bolt.com"], examples: ["connect.bolt.com"], totalExecutionTime: 849673, totalOccurrences: 287 }, { name: "Judge.me", homepage: "https://judge.me/", category: "marketing", domains: ["*.judge.me"], examples: ["cdn.judge.me"], totalExecutionTime: 38326678, totalOccurrences: 37537 }, { name: "Tilda", homepage: "https://tilda.cc/", category: "hosting", domains: ["*.tildacdn.com"], examples: ["stat.tildacdn.com", "static.tildacdn.com", "upwidget.tildacdn.com"], totalExecutionTime: 161732089, totalOccurrences: 130221 }, { name: "SalesLoft", homepage: "https://salesloft.com/", category: "marketing", domains: ["*.salesloft.com"], examples: ["scout-cdn.salesloft.com"], totalExecutionTime: 77438, totalOccurrences: 1294 }, { name: "Accessibe Accessibility Overlay", company: "Accessibe", homepage: "https://accessibe.com/", category: "utility", domains: ["*.accessibe.com", "*.acsbapp.com", "*.acsbap.com"], examples: ["accessibe.com", "acsbapp.com"], totalExecutionTime: 2682793, totalOccurrences: 3944 }, { name: "Builder", homepage: "https://www.builder.io/", category: "hosting", domains: ["*.builder.io"], examples: ["cdn.builder.io"], totalExecutionTime: 516629, totalOccurrences: 395 }, { name: "Pepperjam", homepage: "https://www.pepperjam.com/", category: "marketing", domains: ["*.pepperjam.com", "*.affiliatetechnology.com"], examples: ["container.pepperjam.com"], totalExecutionTime: 3180, totalOccurrences: 54 }, { name: "Reach", homepage: "https://withreach.com/", category: "utility", domains: ["*.gointerpay.net"], examples: ["checkout.gointerpay.net"] }, { name: "Chameleon", homepage: "https://www.trychameleon.com/", category: "marketing", domains: ["*.trychameleon.com"], examples: ["fast.trychameleon.com"], totalExecutionTime: 4859, totalOccurrences: 9 }, { name: "Matomo", company: "InnoCraft", homepage: "https://matomo.org/", category: "analytics", domains: ["*.matomo.cloud"], totalExecutionTime: 6261682, totalOccurrences: 28520 }, { name: "Segmanta", homepage: "https://segmanta.com/", category: "marketing", domains: ["*.segmanta.com"], examples: ["clientName.segmanta.com"], totalExecutionTime: 35234, totalOccurrences: 55 }, { name: "Podsights", homepage: "https://podsights.com/", category: "marketing", domains: ["*.pdst.fm", "us-central1-adaptive-growth.cloudfunctions.net"], examples: ["cdn.pdst.fm", "sink.pdst.fm"], totalExecutionTime: 109305, totalOccurrences: 1458 }, { name: "Chatwoot", homepage: "https://www.chatwoot.com/", category: "customer-success", domains: ["*.chatwoot.com"], examples: ["cdn.chatwoot.com", "app.chatwoot.com"], totalExecutionTime: 100614, totalOccurrences: 988 }, { name: "Crisp", homepage: "https://crisp.chat/", category: "customer-success", domains: ["*.crisp.chat"], examples: ["client.crisp.chat", "client.relay.crisp.chat"], totalExecutionTime: 51460, totalOccurrences: 1577 }, { name: "Admiral CMP", homepage: "https://www.getadmiral.com", category: "consent-provider", domains: ["admiral.mgr.consensu.org", "*.admiral.mgr.consensu.org"] }, { name: "Adnuntius CMP", homepage: "https://adnuntius.com", category: "consent-provider", domains: ["adnuntiusconsent.mgr.consensu.org", "*.adnuntiusconsent.mgr.consensu.org"] }, { name: "Clickio CMP", homepage: "https://clickio.com", category: "consent-provider", domains: ["clickio.mgr.consensu.org", "*.clickio.mgr.consensu.org"] }, { name: "AppConsent CMP", homepage: "https://appconsent.io/en", category: "consent-provider", domains: ["appconsent.mgr.consensu.org", "*.appconsent.mgr.consensu.org"] }, { name: "DMG Media CMP", homepage: "https://www.dmgmedia.co.uk", category: "consent-provider", domains: ["dmgmedia.mgr.consensu.org", "*.dmgmedia.mgr.consensu.org"] }, { name: "Axel Springer CMP", homepage: "https://www.axelspringer.com", category: "consent-provider", domains: ["axelspringer.mgr.consensu.org", "*.axelspringer.mgr.consensu.org"] }, { name: "Bedrock CMP", homepage: "https://www.bedrockstreaming.com", category: "consent-provider", domains: ["bedrock.mgr.consensu.org", "*.bedrock.mgr.consensu.org"] }, { name: "BMIND CMP", homepage: "https://www.bmind.es", category: "consent-provider", domains: ["bmind.mgr.consensu.org", "*.bmind.mgr.consensu.org"] }, { name: "Borlabs CMP", homepage: "https://borlabs.io", category: "consent-provider", domains: ["borlabs.mgr.consensu.org", "*.borlabs.mgr.consensu.org"] }, { name: "Civic CMP", homepage: "https://www.civicuk.com", category: "consent-provider", domains: ["cookiecontrol.mgr.consensu.org", "*.cookiecontrol.mgr.consensu.org"] }, { name: "Commanders Act CMP", homepage: "https://www.commandersact.com", category: "consent-provider", domains: ["commandersact.mgr.consensu.org", "*.commandersact.mgr.consensu.org"] }, { name: "Complianz CMP", homepage: "https://complianz.io/", category: "consent-provider", domains: ["complianz.mgr.consensu.org", "*.complianz.mgr.consensu.org"] }, { name: "Consent Desk CMP", homepage: "https://www.consentdesk.com/", category: "consent-provider", domains: ["consentdesk.mgr.consensu.org", "*.consentdesk.mgr.consensu.org"] }, { name: "Consent Manager CMP", homepage: "https://consentmanager.net", category: "consent-provider", domains: ["consentmanager.mgr.consensu.org", "*.consentmanager.mgr.consensu.org"] }, { name: "Conversant CMP", homepage: "https://www.conversantmedia.eu/", category: "consent-provider", domains: ["conversant.mgr.consensu.org", "*.conversant.mgr.consensu.org"] }, { name: "Cookie Information CMP", homepage: "https://www.cookieinformation.com/", category: "consent-provider", domains: ["cookieinformation.mgr.consensu.org", "*.cookieinformation.mgr.consensu.org"] }, { name: "Cookiebot CMP", homepage: "https://www.cookiebot.com", category: "consent-provider", domains: ["cookiebot.mgr.consensu.org", "*.cookiebot.mgr.consensu.org"] }, { name: "Truendo CMP", homepage: "https://truendo.com/", category: "consent-provider", domains: ["truendo.mgr.consensu.org", "*.truendo.mgr.consensu.org"] }, { name: "Dentsu CMP", homepage: "https://www.dentsuaegisnetwork.de/", category: "consent-provider", domains: ["dan.mgr.consensu.org", "*.dan.mgr.consensu.org"] }, { name: "Didomi CMP", homepage: "https://www.didomi.io/en/", category: "consent-provider", domains: ["didomi.mgr.consensu.org", "*.didomi.mgr.consensu.org"] }, { name: "Ensighten CMP", homepage: "https://www.ensighten.com/", category: "consent-provider", domains: ["ensighten.mgr.consensu.org", "*.ensighten.mgr.consensu.org"] }, { name: "Evidon CMP", homepage: "https://evidon.com", category: "consent-provider", domains: ["evidon.mgr.consensu.org", "*.evidon.mgr.consensu.org"] }, { name: "Ezoic CMP", homepage: "https://www.ezoic.com/", category: "consent-provider", domains: ["ezoic.mgr.consensu.org", "*.ezoic.mgr.consensu.org"] }, { name: "Gemius CMP", homepage: "https://www.gemius.com", category: "consent-provider", domains: ["gemius.mgr.consensu.org", "*.gemius.mgr.consensu.org"] }, { name: "NitroPay CMP", homepage: "https://nitropay.com/", category: "consent-provider", domains: ["nitropay.mgr.consensu.org", "*.nitropay.mgr.consensu.org"] }, { name: "Google FundingChoices", homepage: "https://fundingchoices.google.com/start/", category: "consent-provider", domains: ["fundingchoices.mgr.consensu.org", "*.fundingchoices.mgr.consensu.org", "fundingchoicesmessages.google.com", "*.fundingchoicesmessages.google.com"], totalExecutionTime: 509211912, totalOccurrences: 667196 }, { name: "Gravito CMP", homepage: "https://www.gravito.net/", category: "consent-provider", domains: ["gravito.mgr.consensu.org", "*.gravito.mgr.consensu.org"] }, { name: "ID Ward CMP", homepage: "https://id-ward.com/enterprise", category: "consent-provider", domains: ["idward.mgr.consensu.org", "*.idward.mgr.consensu.org"] }, { name: "iubenda CMP", homepage: "https://www.iubenda.com", category: "consent-provider", domains: ["iubenda.mgr.consensu.org", "*.iubenda.mgr.consensu.org"] }, { name: "Jump CMP", homepage: "https://jumpgroup.it/", category: "consent-provider", domains: ["avacy.mgr.consensu.org", "*.avacy.mgr.consensu.org"] }, { name: "LiveRamp CMP", homepage: "https://liveramp.com/", category: "consent-provider", domains: ["faktor.mgr.consensu.org", "*.faktor.mgr.consensu.org"] }, { name: "Madvertise CMP", homepage: "https://madvertise.com/en/", category: "consent-provider", domains: ["madvertise.mgr.consensu.org", "*.madvertise.mgr.consensu.org"] }, { name: "Mairdumont Netletic CMP", homepage: "https://www.mairdumont-netletix.com/", category: "consent-provider", domains: ["mdnxmp.mgr.consensu.org", "*.mdnxmp.mgr.consensu.org"] }, { name: "Marfeel CMP", homepage: "https://www.marfeel.com/", category: "consent-provider", domains: ["marfeel.mgr.consensu.org", "*.marfeel.mgr.consensu.org"] }, { name: "Mediavine CMP", homepage: "https://www.mediavine.com/", category: "consent-provider", domains: ["mediavine.mgr.consensu.org", "*.mediavine.mgr.consensu.org"] }, { name: "ConsentServe CMP", homepage: "https://www.consentserve.com/", category: "consent-provider", domains: ["consentserve.mgr.consensu.org", "*.consentserve.mgr.consensu.org"] }, { name: "Next14 CMP", homepage: "https://www.next14.com/", category: "consent-provider", domains: ["next14.mgr.consensu.org", "*.next14.mgr.consensu.org"] }, { name: "AdRoll CMP", homepage: "https://www.adroll.com/", category: "consent-provider", domains: ["adroll.mgr.consensu.org", "*.adroll.mgr.consensu.org"] }, { name: "Ogury CMP", homepage: "https://www.ogury.com/", category: "consent-provider", domains: ["ogury.mgr.consensu.org", "*.ogury.mgr.consensu.org"] }, { name: "OneTag CMP", homepage: "https://onetag.net", category: "consent-provider", domains: ["onetag.mgr.consensu.org", "*.onetag.mgr.consensu.org"] }, { name: "OneTrust CMP", homepage: "https://onetrust.com", category: "consent-provider", domains: ["onetrust.mgr.consensu.org", "*.onetrust.mgr.consensu.org"] }, { name: "optAd360 CMP", homepage: "https://www.optad360.com/", category: "consent-provider", domains: ["optad360.mgr.consensu.org", "*.optad360.mgr.consensu.org"] }, { name: "Osano CMP", homepage: "https://www.osano.com", category: "consent-provider", domains: ["osano.mgr.consensu.org", "*.osano.mgr.consensu.org", "cmp.osano.com", "*.api.osano.com"], totalExecutionTime: 58885092, totalOccurrences: 34521 }, { name: "Playwire CMP", homepage: "https://www.playwire.com", category: "consent-provider", domains: ["playwire.mgr.consensu.org", "*.playwire.mgr.consensu.org"] }, { name: "Pulselive CMP", homepage: "https://www.pulselive.com", category: "consent-provider", domains: ["pulselive.mgr.consensu.org", "*.pulselive.mgr.consensu.org"] }, { name: "Quantcast Choice", homepage: "https://quantcast.com", category: "consent-provider", domains: ["quantcast.mgr.consensu.org", "*.quantcast.mgr.consensu.org"] }, { name: "RCS Pubblicita CMP", homepage: "http://www.rcspubblicita.it/site/home.html", category: "consent-provider", domains: ["rcsmediagroup.mgr.consensu.org", "*.rcsmediagroup.mgr.consensu.org"] }, { name: "Rich Audience CMP", homepage: "https://richaudience.com", category: "consent-provider", domains: ["richaudience.mgr.consensu.org", "*.richaudience.mgr.consensu.org"] }, { name: "Ringier Axel Springer CMP", homepage: "https://www.ringieraxelspringer.pl/en/home/", category: "consent-provider", domains: ["rasp.mgr.consensu.org", "*.rasp.mgr.consensu.org"] }, { name: "Secure Privacy CMP", homepage: "https://secureprivacy.ai/", category: "consent-provider", domains: ["secureprivacy.mgr.consensu.org", "*.secureprivacy.mgr.consensu.org"] }, { name: "Securiti CMP", homepage: "https://securiti.ai/", category: "consent-provider", domains: ["securiti.mgr.consensu.org", "*.securiti.mgr.consensu.org"] }, { name: "Seznam.cz CMP", homepage: "https://www.seznam.cz/", category: "consent-provider", domains: ["seznam.mgr.consensu.org", "*.seznam.mgr.consensu.org"] }, { name: "ShareThis CMP", homepage: "https://sharethis.com", category: "consent-provider", domains: ["sharethis.mgr.consensu.org", "*.sharethis.mgr.consensu.org"] }, { name: "ShinyStat CMP", homepage: "https://www.shinystat.com", category: "consent-provider", domains: ["shinystat.mgr.consensu.org", "*.shinystat.mgr.consensu.org"] }, { name: "Sibbo CMP", homepage: "https://sibboventures.com/en/", category: "consent-provider", domains: ["sibboventures.mgr.consensu.org", "*.sibboventures.mgr.consensu.org"] }, { name: "Singlespot CMP", homepage: "https://www.singlespot.com/en", category: "consent-provider", domains: ["singlespot.mgr.consensu.org", "*.singlespot.mgr.consensu.org"] }, { name: "Sirdata CMP", homepage: "https://www.sirdata.com", category: "consent-provider", domains: ["sddan.mgr.consensu.org", "*.sddan.mgr.consensu.org"] }, { name: "Snigel CMP", homepage: "https://snigel.com", category: "consent-provider", domains: ["snigelweb.mgr.consensu.org", "*.snigelweb.mgr.consensu.org"] }, { name: "Sourcepoint CMP", homepage: "https://sourcepoint.com", category: "consent-provider", domains: ["sourcepoint.mgr.consensu.org", "*.sourcepoint.mgr.consensu.org"] }, { name: "Pubtech CMP", homepage: "https://www.pubtech.ai/", category: "consent-provider", domains: ["pubtech.mgr.consensu.org", "*.pubtech.mgr.consensu.org"] }, { name: "AdMetrics Pro CMP", homepage: "https://admetricspro.com", category: "consent-provider", domains: ["cmp.mgr.consensu.org", "*.cmp.mgr.consensu.org"] }, { name: "Traffective CMP", homepage: "https://traffective.com", category: "consent-provider", domains: ["traffective.mgr.consensu.org", "*.traffective.mgr.consensu.org"] }, { name: "UniConsent CMP", homepage: "https://www.uniconsent.com", category: "consent-provider", domains: ["uniconsent.mgr.consensu.org", "*.uniconsent.mgr.consensu.org", "cmp.uniconsent.com", "*.uniconsent.com"], totalExecutionTime: 1251404, totalOccurrences: 2098 }, { name: "TrustArc CMP", homepage: "https://trustarc.com/", category: "consent-provider", domains: ["trustarc.mgr.consensu.org", "*.trustarc.mgr.consensu.org"] }, { name: "Usercentrics CMP", homepage: "https://usercentrics.com", category: "consent-provider", domains: ["usercentrics.mgr.consensu.org", "*.usercentrics.mgr.consensu.org", "*.usercentrics.eu", "*.services.usercentrics.eu"], totalExecutionTime: 120096366, totalOccurrences: 114355 }, { name: "WebAds CMP", homepage: "https://www.webads.nl/", category: "consent-provider", domains: ["webads.mgr.consensu.org", "*.webads.mgr.consensu.org"] }, { name: "Trustcommander", company: "Commandersact", homepage: "https://www.commandersact.com", category: "consent-provider", domains: ["*.trustcommander.net"], examples: ["cdn.trustcommander.net", "privacy.trustcommander.net"], totalExecutionTime: 615136, totalOccurrences: 3165 }, { name: "Hubvisor", homepage: "https://www.hubvisor.io", category: "ad", domains: ["*.hubvisor.io"], examples: ["cdn.hubvisor.io", "stream.hubvisor.io"], totalExecutionTime: 147616, totalOccurrences: 146 }, { name: "Castle", homepage: "https://castle.io", category: "utility", domains: ["*.castle.io", "d2t77mnxyo7adj.cloudfront.net"], examples: ["t.castle.io"] }, { name: "Wigzo", homepage: "https://www.wigzo.com/", category: "marketing", domains: ["*.wigzo.com", "*.wigzopush.com"], examples: ["app.wigzo.com", "tracker.wigzopush.com"], totalExecutionTime: 5076, totalOccurrences: 59 }, { name: "Convertful", homepage: "https://convertful.com/", category: "marketing", domains: ["*.convertful.com"], examples: ["app.convertful.com"], totalExecutionTime: 198834, totalOccurrences: 1960 }, { name: "OpenLink", company: "MediaWallah", homepage: "https://www.mediawallah.com/", category: "ad", domains: ["*.mediawallahscript.com"], examples: ["partner.mediawallahscript.com"] }, { name: "TPMN", company: "TPMN", homepage: "http://tpmn.io/", category: "ad", domains: ["*.tpmn.co.kr"], examples: ["ad.tpmn.co.kr"], totalExecutionTime: 68, totalOccurrences: 11 }, { name: "HERO", company: "Klarna", homepage: "https://www.usehero.com/", category: "customer-success", domains: ["*.usehero.com"], examples: ["api.usehero.com", "cdn.usehero.com"] }, { name: "Zync", company: "Zeta Global", homepage: "https://zetaglobal.com/", category: "marketing", domains: ["*.rezync.com"], examples: ["live.rezync.com"], totalExecutionTime: 44682, totalOccurrences: 534 }, { name: "AdFuel Video", company: "AdFuel", homepage: "https://goadfuel.com/", category: "ad", domains: ["*.videoplayerhub.com"], examples: ["customer.videoplayerhub.com"], totalExecutionTime: 26946, totalOccurrences: 97 }, { name: "Prefix Box AI Search", company: "Prefix Box", homepage: "https://www.prefixbox.com/", category: "utility", domains: ["*.prefixbox.com"], examples: ["cdn.prefixbox.com"], totalExecutionTime: 374085, totalOccurrences: 384 }, { name: "SpeedSize Service Worker", company: "SpeedSize", homepage: "https://speedsize.com/", category: "utility", domains: ["di6367dava8ow.cloudfront.net", "d2d22nphq0yz8t.cloudfront.net"], examples: ["di6367dava8ow.cloudfront.net"] }, { name: "Vonage Video API", company: "Vonage", homepage: "https://www.vonage.com/communications-apis/video/", category: "video", domains: ["*.opentok.com"], examples: ["static.opentok.com"], totalExecutionTime: 434754, totalOccurrences: 537 }, { name: "Checkout.com", company: "Checkout.com", homepage: "https://www.checkout.com", category: "utility", domains: ["*.checkout.com"], examples: ["cdn.checkout.com"], totalExecutionTime: 8525794, totalOccurrences: 7900 }, { name: "Noibu", company: "Noibu", homepage: "https://www.noibu.com", category: "utility", domains: ["*.noibu.com"], examples: ["input.noibu.com"], totalExecutionTime: 2063410, totalOccurrences: 1153 }, { name: "Clarity", company: "Microsoft", homepage: "https://clarity.microsoft.com/", category: "utility", domains: ["*.clarity.ms"], examples: ["c.clarity.ms"], totalExecutionTime: 497229505, totalOccurrences: 1226624 }, { name: "goinstore", company: "Emplifi", homepage: "https://goinstore.com/", category: "customer-success", domains: ["*.goinstore.com"], examples: ["gis.goinstore.com"] }, { name: "SegmentStream", company: "SegmentStream", homepage: "https://segmentstream.com/", category: "marketing", domains: ["*.segmentstream.com"], examples: ["track.segmentstream.com"], totalExecutionTime: 21655, totalOccurrences: 86 }, { name: "Amazon Associates", company: "Amazon", homepage: "https://affiliate-program.amazon.co.uk/", category: "marketing", domains: ["*.associates-amazon.com"], examples: ["assoc-na.associates-amazon.com"] }, { name: "DotMetrics", company: "Ipsos", homepage: "https://www.dotmetrics.net/", category: "analytics", domains: ["*.dotmetrics.net"], examples: ["uk-script.dotmetrics.net"], totalExecutionTime: 285234, totalOccurrences: 2137 }, { name: "Truffle Bid", company: "Truffle", homepage: "https://truffle.bid/", category: "ad", domains: ["*.truffle.bid"], examples: ["matching.truffle.bid"] }, { name: "Hybrid", company: "Hybrid", homepage: "https://hybrid.ai/", category: "ad", domains: ["*.hybrid.ai"], examples: ["dm-eu.hybrid.ai"], totalExecutionTime: 1463606, totalOccurrences: 4682 }, { name: "AdMan Media", company: "AdMan", homepage: "https://admanmedia.com/", category: "video", domains: ["*.admanmedia.com"], examples: ["cs.admanmedia.com"], totalExecutionTime: 60, totalOccurrences: 56 }, { name: "ID5 Identity Cloud", company: "ID5", homepage: "https://id5.io/", category: "ad", domains: ["id5-sync.com", "*.id5-sync.com"], examples: ["id5-sync.com"], totalExecutionTime: 102766701, totalOccurrences: 210127 }, { name: "Audience Rate", company: "Audience Rate Limited", homepage: "https://www.audiencerate.com/", category: "ad", domains: ["*.audrte.com"], examples: ["a.audrte.com"] }, { name: "Seedtag", company: "Seedtag Advertising", homepage: "https://www.seedtag.com/", category: "ad", domains: ["*.seedtag.com"], examples: ["s.seedtag.com"], totalExecutionTime: 12834410, totalOccurrences: 25644 }, { name: "IVI", company: "IVI Technologies", homepage: "http://ivitechnologies.com/", category: "ad", domains: ["*.ivitrack.com"], examples: ["matching.ivitrack.com"], totalExecutionTime: 11589, totalOccurrences: 77 }, { name: "Sportradar", company: "Sportradar", homepage: "https://www.sportradar.com/", category: "ad", domains: ["*.sportradarserving.com"], examples: ["a.sportradarserving.com"], totalExecutionTime: 27695, totalOccurrences: 417 }, { name: "ZEOTAP", company: "ZEOTAP", homepage: "https://zeotap.com/", category: "ad", domains: ["*.zeotap.com"], examples: ["spl.zeotap.com"], totalExecutionTime: 13974, totalOccurrences: 88 }, { name: "Web Content Assessor", company: "TMT Digital", homepage: "https://mediatrust.com/", category: "ad", domains: ["*.webcontentassessor.com"], examples: ["scripts.webcontentassessor.com"], totalExecutionTime: 7949219, totalOccurrences: 3604 }, { name: "Genie", company: "Media Force", homepage: "https://hellogenie.com/", category: "ad", domains: ["*.mfadsrvr.com"], examples: ["rtb.mfadsrvr.com"] }, { name: "mediarithmics", company: "mediarithmics", homepage: "https://www.mediarithmics.com/", category: "ad", domains: ["*.mediarithmics.com"], examples: ["cookie-matching.mediarithmics.com"], totalExecutionTime: 61677, totalOccurrences: 394 }, { name: "Ozone Project", company: "The Ozone Project", homepage: "https://www.ozoneproject.com/", category: "ad", domains: ["*.the-ozone-project.com"], examples: ["elb.the-ozone-project.com"], totalExecutionTime: 1012215, totalOccurrences: 11303 }, { name: "FiftyAurora", company: "Fifty", homepage: "https://fifty.io/", category: "ad", domains: ["*.fiftyt.com"], examples: ["visitor.fiftyt.com"] }, { name: "smadex", company: "entravision", homepage: "https://smadex.com/", category: "ad", domains: ["*.smadex.com"], examples: ["cm.smadex.com"], totalExecutionTime: 14337, totalOccurrences: 568 }, { name: "AWX", company: "Trinity Mirror", category: "ad", domains: ["*.tm-awx.com"], examples: ["felix.data.tm-awx.com"], totalExecutionTime: 26548, totalOccurrences: 36 }, { name: "XPO", company: "Knorex", category: "ad", homepage: "https://www.knorex.com/", domains: ["*.brand-display.com"], examples: ["dmp.brand-display.com"], totalExecutionTime: 700393, totalOccurrences: 926 }, { name: "Viafoura", company: "Viafoura", category: "ad", homepage: "https://viafoura.com/", domains: ["*.viafoura.co", "*.viafoura.net"], examples: ["api.viafoura.co", "cdn.viafoura.net"], totalExecutionTime: 648207, totalOccurrences: 584 }, { name: "Adnami", company: "Adnami", category: "ad", homepage: "https://www.adnami.io/", domains: ["*.adnami.io"], examples: ["macro.adnami.io"], totalExecutionTime: 306645, totalOccurrences: 2925 }, { name: "LiveRamp Privacy Manager", company: "LiveRamp", category: "ad", homepage: "https://liveramp.com/privacy-legal-compliance/", domains: ["*.privacymanager.io"], examples: ["geo.privacymanager.io"], totalExecutionTime: 8741804, totalOccurrences: 30276 }, { name: "Onfocus", company: "Onfocus SAS", category: "ad", domains: ["*.4dex.io"], examples: ["script.4dex.io"], totalExecutionTime: 25204225, totalOccurrences: 82034 }, { name: "viewTag", company: "Advanced Store", category: "ad", domains: ["*.ad4m.at"], examples: ["ad4m.at", "as.ad4m.at"], totalExecutionTime: 25, totalOccurrences: 22 }, { name: "MRP Prelytics", company: "Market Resource Partners", category: "ad", homepage: "https://www.mrpfd.com/", domains: ["*.mrpdata.net"], examples: ["j.mrpdata.net"] }, { name: "iPROM", company: "iPROM", category: "ad", homepage: "https://iprom.eu/", domains: ["*.iprom.net"], examples: ["core.iprom.net"], totalExecutionTime: 404360, totalOccurrences: 1542 }, { name: "Plausible", company: "Plausible", homepage: "https://plausible.io/", category: "analytics", domains: ["*.plausible.io"] }, { name: "Statable", company: "Key Arg B.V.", homepage: "https://statable.com/", category: "analytics", domains: ["*.statable.com"] }, { name: "Micro Analytics", company: "Micro Analytics", homepage: "https://microanalytics.io/", category: "analytics", domains: ["padmin.microanalytics.io", "www.microanalytics.io", "dev.microanalytics.io", "status.microanalytics.io"] }, { name: "Scale8", company: "Scale8", homepage: "https://scale8.com/", category: "analytics", domains: ["www.scale8.com", "api-dev.scale8.com", "cdn.scale8.com", "ui.scale8.com"] }, { name: "Cabin", company: "Cabin", homepage: "https://withcabin.com/", category: "analytics", domains: ["*.withcabin.com"], totalExecutionTime: 10109, totalOccurrences: 260 }, { name: "Appcues", company: "Appcues", homepage: "https://www.appcues.com/", category: "analytics", domains: ["*.appcues.com"], totalExecutionTime: 2836871, totalOccurrences: 4970 }, { name: "Fathom Analytics", company: "Fathom", homepage: "https://usefathom.com/", category: "analytics", domains: ["*.usefathom.com"], totalExecutionTime: 138640, totalOccurrences: 2347 }, { name: "Clearbit", company: "Clearbit", homepage: "https://clearbit.com/", category: "analytics", domains: ["*.clearbitjs.com", "*.clearbitscripts.com", "*.clearbit.com"], totalExecutionTime: 199689, totalOccurrences: 694 }, { name: "G2", company: "G2", homepage: "https://www.g2.com/", category: "utility", domains: ["*.g2.com", "*.g2crowd.com"], totalExecutionTime: 352205, totalOccurrences: 1268 }, { name: "Navu", company: "Navu", homepage: "https://navu.co/", category: "ad", domains: ["*.navu.co"], totalExecutionTime: 49315, totalOccurrences: 74 }, { name: "InZynk", company: "InZynk", homepage: "https://inzynk.com/", category: "ad", domains: ["*.inzynk.com", "*.inzynk.io"], totalExecutionTime: 1852, totalOccurrences: 38 }, { name: "Integrate", company: "Integrate", homepage: "https://www.integrate.com/", category: "ad", domains: ["*.integrate.com", "*.listenloop.com"], totalExecutionTime: 2742, totalOccurrences: 2 }, { name: "Ad Lightning", company: "Boltive", homepage: "https://www.adlightning.com/", category: "ad", domains: ["*.adlightning.com"], totalExecutionTime: 7933877, totalOccurrences: 4099 }, { name: "GeoEdge", company: "GeoEdge", homepage: "https://www.geoedge.com/", category: "ad", domains: ["*.geoedge.com", "*.geoedge.be"], totalExecutionTime: 1277276, totalOccurrences: 2374 }, { name: "Doofinder", company: "Doofinder", homepage: "https://www.doofinder.com/", category: "utility", domains: ["cdn.doofinder.com"], totalExecutionTime: 3807046, totalOccurrences: 24553 }, { name: "Revlifter", company: "Revlifter", homepage: "https://www.revlifter.com/", category: "utility", domains: ["assets.revlifter.com"] }, { name: "Didomi", company: "Didomi", homepage: "https://www.didomi.io/", category: "consent-provider", domains: ["sdk.privacy-center.org", "api.privacy-center.org"], totalExecutionTime: 92329463, totalOccurrences: 134457 }, { name: "Pubperf Analytics", company: "Pubperf", homepage: "https://www.pubperf.com/", category: "analytics", domains: ["*.pubperf.com"], totalExecutionTime: 86806, totalOccurrences: 676 }];
  }
});

// node_modules/third-party-web/lib/index.js
var require_lib = __commonJS({
  "node_modules/third-party-web/lib/index.js"(exports, module) {
    var { createAPIFromDataset } = require_create_entity_finder_api();
    var entities = require_entities();
    module.exports = createAPIFromDataset(entities);
  }
});

// node_modules/@paulirish/trace_engine/models/trace/types/TraceEvents.js
var TraceEvents_exports = {};
__export(TraceEvents_exports, {
  AuctionWorkletType: () => AuctionWorkletType,
  CallFrameID: () => CallFrameID,
  Categories: () => Categories,
  InvalidationEventType: () => InvalidationEventType,
  LayoutInvalidationReason: () => LayoutInvalidationReason,
  MarkerName: () => MarkerName,
  NO_NAVIGATION: () => NO_NAVIGATION,
  Name: () => Name,
  Phase: () => Phase,
  ProcessID: () => ProcessID,
  ProfileID: () => ProfileID,
  SampleIndex: () => SampleIndex,
  Scope: () => Scope,
  SelectorTimingsKey: () => SelectorTimingsKey,
  StyleRecalcInvalidationReason: () => StyleRecalcInvalidationReason,
  ThreadID: () => ThreadID,
  VALID_PROFILE_SOURCES: () => VALID_PROFILE_SOURCES,
  WorkerId: () => WorkerId,
  eventIsPageLoadEvent: () => eventIsPageLoadEvent,
  isAbortPostTaskCallback: () => isAbortPostTaskCallback,
  isActivateLayerTree: () => isActivateLayerTree,
  isAnimation: () => isAnimation,
  isAnimationFrameAsyncEnd: () => isAnimationFrameAsyncEnd,
  isAnimationFrameAsyncStart: () => isAnimationFrameAsyncStart,
  isAnimationFramePresentation: () => isAnimationFramePresentation,
  isAnyLargestContentfulPaintCandidate: () => isAnyLargestContentfulPaintCandidate,
  isAnyScriptSourceEvent: () => isAnyScriptSourceEvent,
  isAuctionWorkletDoneWithProcess: () => isAuctionWorkletDoneWithProcess,
  isAuctionWorkletRunningInProcess: () => isAuctionWorkletRunningInProcess,
  isBegin: () => isBegin,
  isBeginCommitCompositorFrame: () => isBeginCommitCompositorFrame,
  isBeginFrame: () => isBeginFrame,
  isBeginMainThreadFrame: () => isBeginMainThreadFrame,
  isBeginRemoteFontLoad: () => isBeginRemoteFontLoad,
  isCommit: () => isCommit,
  isCommitLoad: () => isCommitLoad,
  isComplete: () => isComplete,
  isCompositeLayers: () => isCompositeLayers,
  isConsoleRunTask: () => isConsoleRunTask,
  isConsoleTime: () => isConsoleTime,
  isConsoleTimeStamp: () => isConsoleTimeStamp,
  isDOMStats: () => isDOMStats,
  isDebuggerAsyncTaskRun: () => isDebuggerAsyncTaskRun,
  isDebuggerAsyncTaskScheduled: () => isDebuggerAsyncTaskScheduled,
  isDecodeImage: () => isDecodeImage,
  isDecodeLazyPixelRef: () => isDecodeLazyPixelRef,
  isDidCommitSameDocumentNavigation: () => isDidCommitSameDocumentNavigation,
  isDispatch: () => isDispatch,
  isDisplayListItemListSnapshot: () => isDisplayListItemListSnapshot,
  isDomLoading: () => isDomLoading,
  isDrawFrame: () => isDrawFrame,
  isDrawLazyPixelRef: () => isDrawLazyPixelRef,
  isDroppedFrame: () => isDroppedFrame,
  isEnd: () => isEnd,
  isEventTiming: () => isEventTiming,
  isEventTimingEnd: () => isEventTimingEnd,
  isEventTimingStart: () => isEventTimingStart,
  isFireAnimationFrame: () => isFireAnimationFrame,
  isFireIdleCallback: () => isFireIdleCallback,
  isFirstContentfulPaint: () => isFirstContentfulPaint,
  isFirstPaint: () => isFirstPaint,
  isFlowPhase: () => isFlowPhase,
  isFlowPhaseEvent: () => isFlowPhaseEvent,
  isFrameCommittedInBrowser: () => isFrameCommittedInBrowser,
  isFunctionCall: () => isFunctionCall,
  isGPUTask: () => isGPUTask,
  isHandlePostMessage: () => isHandlePostMessage,
  isInstant: () => isInstant,
  isInteractiveTime: () => isInteractiveTime,
  isInvalidateLayout: () => isInvalidateLayout,
  isInvalidationTracking: () => isInvalidationTracking,
  isJSInvocationEvent: () => isJSInvocationEvent,
  isJSSample: () => isJSSample,
  isLargestImagePaintCandidate: () => isLargestImagePaintCandidate,
  isLargestTextPaintCandidate: () => isLargestTextPaintCandidate,
  isLayerTreeHostImplSnapshot: () => isLayerTreeHostImplSnapshot,
  isLayout: () => isLayout,
  isLayoutImageUnsized: () => isLayoutImageUnsized,
  isLayoutInvalidationTracking: () => isLayoutInvalidationTracking,
  isLayoutShift: () => isLayoutShift,
  isLegacyScreenshot: () => isLegacyScreenshot,
  isLegacySyntheticScreenshot: () => isLegacySyntheticScreenshot,
  isLegacyTimelineFrame: () => isLegacyTimelineFrame,
  isLinkPreconnect: () => isLinkPreconnect,
  isMainFrameViewport: () => isMainFrameViewport,
  isMarkDOMContent: () => isMarkDOMContent,
  isMarkLoad: () => isMarkLoad,
  isMarkerEvent: () => isMarkerEvent,
  isMetaCharsetCheck: () => isMetaCharsetCheck,
  isNavigationStart: () => isNavigationStart,
  isNeedsBeginFrameChanged: () => isNeedsBeginFrameChanged,
  isNestableAsyncPhase: () => isNestableAsyncPhase,
  isNetworkTrackEntry: () => isNetworkTrackEntry,
  isPaint: () => isPaint,
  isPaintImage: () => isPaintImage,
  isPairableAsyncBegin: () => isPairableAsyncBegin,
  isPairableAsyncEnd: () => isPairableAsyncEnd,
  isPairableAsyncInstant: () => isPairableAsyncInstant,
  isParseAuthorStyleSheetEvent: () => isParseAuthorStyleSheetEvent,
  isParseHTML: () => isParseHTML,
  isParseMetaViewport: () => isParseMetaViewport,
  isPerformanceMark: () => isPerformanceMark,
  isPerformanceMeasure: () => isPerformanceMeasure,
  isPerformanceMeasureBegin: () => isPerformanceMeasureBegin,
  isPhaseAsync: () => isPhaseAsync,
  isPipelineReporter: () => isPipelineReporter,
  isPrePaint: () => isPrePaint,
  isPreloadRenderBlockingStatusChangeEvent: () => isPreloadRenderBlockingStatusChangeEvent,
  isProcessName: () => isProcessName,
  isProfile: () => isProfile,
  isProfileCall: () => isProfileCall,
  isProfileChunk: () => isProfileChunk,
  isRasterTask: () => isRasterTask,
  isRecalcStyle: () => isRecalcStyle,
  isReceivedDataEvent: () => isReceivedDataEvent,
  isRemoteFontLoaded: () => isRemoteFontLoaded,
  isRenderFrameImplCreateChildFrame: () => isRenderFrameImplCreateChildFrame,
  isRendererEvent: () => isRendererEvent,
  isRequestIdleCallback: () => isRequestIdleCallback,
  isRequestMainThreadFrame: () => isRequestMainThreadFrame,
  isResourceChangePriority: () => isResourceChangePriority,
  isResourceFinish: () => isResourceFinish,
  isResourceMarkAsCached: () => isResourceMarkAsCached,
  isResourceReceiveResponse: () => isResourceReceiveResponse,
  isResourceReceivedData: () => isResourceReceivedData,
  isResourceSendRequest: () => isResourceSendRequest,
  isResourceWillSendRequest: () => isResourceWillSendRequest,
  isRunPostTaskCallback: () => isRunPostTaskCallback,
  isRunTask: () => isRunTask,
  isRundownScript: () => isRundownScript,
  isRundownScriptCompiled: () => isRundownScriptCompiled,
  isRundownScriptSource: () => isRundownScriptSource,
  isRundownScriptSourceLarge: () => isRundownScriptSourceLarge,
  isSchedulePostMessage: () => isSchedulePostMessage,
  isSchedulePostTaskCallback: () => isSchedulePostTaskCallback,
  isScheduleStyleInvalidationTracking: () => isScheduleStyleInvalidationTracking,
  isScheduleStyleRecalculation: () => isScheduleStyleRecalculation,
  isScreenshot: () => isScreenshot,
  isScrollLayer: () => isScrollLayer,
  isSelectorStats: () => isSelectorStats,
  isSetLayerId: () => isSetLayerId,
  isSoftLargestContentfulPaintCandidate: () => isSoftLargestContentfulPaintCandidate,
  isSoftNavigationStart: () => isSoftNavigationStart,
  isStyleInvalidatorInvalidationTracking: () => isStyleInvalidatorInvalidationTracking,
  isStyleRecalcInvalidationTracking: () => isStyleRecalcInvalidationTracking,
  isSyntheticAnimation: () => isSyntheticAnimation,
  isSyntheticBased: () => isSyntheticBased,
  isSyntheticConsoleTiming: () => isSyntheticConsoleTiming,
  isSyntheticCpuProfile: () => isSyntheticCpuProfile,
  isSyntheticInteraction: () => isSyntheticInteraction,
  isSyntheticLayoutShift: () => isSyntheticLayoutShift,
  isSyntheticLayoutShiftCluster: () => isSyntheticLayoutShiftCluster,
  isSyntheticNetworkRequest: () => isSyntheticNetworkRequest,
  isSyntheticUserTiming: () => isSyntheticUserTiming,
  isSyntheticWebSocketConnection: () => isSyntheticWebSocketConnection,
  isThreadName: () => isThreadName,
  isTimerFire: () => isTimerFire,
  isTimerInstall: () => isTimerInstall,
  isTracingSessionIdForWorker: () => isTracingSessionIdForWorker,
  isTracingStartedInBrowser: () => isTracingStartedInBrowser,
  isUpdateCounters: () => isUpdateCounters,
  isUpdateLayer: () => isUpdateLayer,
  isUserTiming: () => isUserTiming,
  isUserTimingMeasure: () => isUserTimingMeasure,
  isV8Compile: () => isV8Compile,
  isWebSocketCreate: () => isWebSocketCreate,
  isWebSocketDestroy: () => isWebSocketDestroy,
  isWebSocketEvent: () => isWebSocketEvent,
  isWebSocketInfo: () => isWebSocketInfo,
  isWebSocketReceiveHandshakeResponse: () => isWebSocketReceiveHandshakeResponse,
  isWebSocketSendHandshakeRequest: () => isWebSocketSendHandshakeRequest,
  isWebSocketTraceEvent: () => isWebSocketTraceEvent,
  isWebSocketTransfer: () => isWebSocketTransfer,
  objectIsCallFrame: () => objectIsCallFrame,
  objectIsEvent: () => objectIsEvent
});
var Phase;
(function(Phase2) {
  Phase2["BEGIN"] = "B";
  Phase2["END"] = "E";
  Phase2["COMPLETE"] = "X";
  Phase2["INSTANT"] = "I";
  Phase2["COUNTER"] = "C";
  Phase2["ASYNC_NESTABLE_START"] = "b";
  Phase2["ASYNC_NESTABLE_INSTANT"] = "n";
  Phase2["ASYNC_NESTABLE_END"] = "e";
  Phase2["ASYNC_STEP_INTO"] = "T";
  Phase2["ASYNC_BEGIN"] = "S";
  Phase2["ASYNC_END"] = "F";
  Phase2["ASYNC_STEP_PAST"] = "p";
  Phase2["FLOW_START"] = "s";
  Phase2["FLOW_STEP"] = "t";
  Phase2["FLOW_END"] = "f";
  Phase2["SAMPLE"] = "P";
  Phase2["OBJECT_CREATED"] = "N";
  Phase2["OBJECT_SNAPSHOT"] = "O";
  Phase2["OBJECT_DESTROYED"] = "D";
  Phase2["METADATA"] = "M";
  Phase2["MEMORY_DUMP_GLOBAL"] = "V";
  Phase2["MEMORY_DUMP_PROCESS"] = "v";
  Phase2["MARK"] = "R";
  Phase2["CLOCK_SYNC"] = "c";
})(Phase || (Phase = {}));
function isNestableAsyncPhase(phase) {
  return phase === Phase.ASYNC_NESTABLE_START || phase === Phase.ASYNC_NESTABLE_END || phase === Phase.ASYNC_NESTABLE_INSTANT;
}
__name(isNestableAsyncPhase, "isNestableAsyncPhase");
function isPhaseAsync(phase) {
  return isNestableAsyncPhase(phase) || phase === Phase.ASYNC_BEGIN || phase === Phase.ASYNC_STEP_INTO || phase === Phase.ASYNC_END || phase === Phase.ASYNC_STEP_PAST;
}
__name(isPhaseAsync, "isPhaseAsync");
function isFlowPhase(phase) {
  return phase === Phase.FLOW_START || phase === Phase.FLOW_STEP || phase === Phase.FLOW_END;
}
__name(isFlowPhase, "isFlowPhase");
var Scope;
(function(Scope2) {
  Scope2["THREAD"] = "t";
  Scope2["PROCESS"] = "p";
  Scope2["GLOBAL"] = "g";
})(Scope || (Scope = {}));
function objectIsEvent(obj) {
  return "cat" in obj && "name" in obj && "ts" in obj;
}
__name(objectIsEvent, "objectIsEvent");
function objectIsCallFrame(object) {
  return "functionName" in object && typeof object.functionName === "string" && ("scriptId" in object && (typeof object.scriptId === "string" || typeof object.scriptId === "number")) && ("columnNumber" in object && typeof object.columnNumber === "number") && ("lineNumber" in object && typeof object.lineNumber === "number") && ("url" in object && typeof object.url === "string");
}
__name(objectIsCallFrame, "objectIsCallFrame");
var VALID_PROFILE_SOURCES = ["Inspector", "SelfProfiling", "Internal"];
function isRunTask(event) {
  return event.name === Name.RUN_TASK && event.ph === Phase.COMPLETE;
}
__name(isRunTask, "isRunTask");
var AuctionWorkletType;
(function(AuctionWorkletType2) {
  AuctionWorkletType2["BIDDER"] = "bidder";
  AuctionWorkletType2["SELLER"] = "seller";
  AuctionWorkletType2["UNKNOWN"] = "unknown";
})(AuctionWorkletType || (AuctionWorkletType = {}));
function isAuctionWorkletRunningInProcess(event) {
  return event.name === "AuctionWorkletRunningInProcess";
}
__name(isAuctionWorkletRunningInProcess, "isAuctionWorkletRunningInProcess");
function isAuctionWorkletDoneWithProcess(event) {
  return event.name === "AuctionWorkletDoneWithProcess";
}
__name(isAuctionWorkletDoneWithProcess, "isAuctionWorkletDoneWithProcess");
function isLegacyScreenshot(event) {
  return event.name === Name.SCREENSHOT && "id" in event;
}
__name(isLegacyScreenshot, "isLegacyScreenshot");
function isLegacySyntheticScreenshot(event) {
  return event.name === Name.SCREENSHOT && "dataUri" in (event.args ?? {});
}
__name(isLegacySyntheticScreenshot, "isLegacySyntheticScreenshot");
function isScreenshot(event) {
  return event.name === Name.SCREENSHOT && "source_id" in (event.args ?? {});
}
__name(isScreenshot, "isScreenshot");
function isSoftNavigationStart(event) {
  return event.name === Name.SOFT_NAVIGATION_START;
}
__name(isSoftNavigationStart, "isSoftNavigationStart");
var markerTypeGuards = [
  isMarkDOMContent,
  isMarkLoad,
  isFirstPaint,
  isFirstContentfulPaint,
  isAnyLargestContentfulPaintCandidate,
  isNavigationStart,
  isSoftNavigationStart
];
function isMarkerEvent(event) {
  if (event.ph === Phase.INSTANT || Phase.ASYNC_NESTABLE_INSTANT || event.ph === Phase.MARK) {
    return markerTypeGuards.some((fn) => fn(event));
  }
  return false;
}
__name(isMarkerEvent, "isMarkerEvent");
var pageLoadEventTypeGuards = [
  ...markerTypeGuards,
  isInteractiveTime
];
function eventIsPageLoadEvent(event) {
  if (event.ph === Phase.INSTANT || Phase.ASYNC_NESTABLE_INSTANT || event.ph === Phase.MARK) {
    return pageLoadEventTypeGuards.some((fn) => fn(event));
  }
  return false;
}
__name(eventIsPageLoadEvent, "eventIsPageLoadEvent");
function isTracingSessionIdForWorker(event) {
  return event.name === "TracingSessionIdForWorker";
}
__name(isTracingSessionIdForWorker, "isTracingSessionIdForWorker");
var NO_NAVIGATION = "NO_NAVIGATION";
var LayoutInvalidationReason;
(function(LayoutInvalidationReason2) {
  LayoutInvalidationReason2["SIZE_CHANGED"] = "Size changed";
  LayoutInvalidationReason2["ATTRIBUTE"] = "Attribute";
  LayoutInvalidationReason2["ADDED_TO_LAYOUT"] = "Added to layout";
  LayoutInvalidationReason2["SCROLLBAR_CHANGED"] = "Scrollbar changed";
  LayoutInvalidationReason2["REMOVED_FROM_LAYOUT"] = "Removed from layout";
  LayoutInvalidationReason2["STYLE_CHANGED"] = "Style changed";
  LayoutInvalidationReason2["FONTS_CHANGED"] = "Fonts changed";
  LayoutInvalidationReason2["UNKNOWN"] = "Unknown";
})(LayoutInvalidationReason || (LayoutInvalidationReason = {}));
function isScheduleStyleInvalidationTracking(event) {
  return event.name === Name.SCHEDULE_STYLE_INVALIDATION_TRACKING;
}
__name(isScheduleStyleInvalidationTracking, "isScheduleStyleInvalidationTracking");
var StyleRecalcInvalidationReason;
(function(StyleRecalcInvalidationReason2) {
  StyleRecalcInvalidationReason2["ANIMATION"] = "Animation";
  StyleRecalcInvalidationReason2["RELATED_STYLE_RULE"] = "Related style rule";
})(StyleRecalcInvalidationReason || (StyleRecalcInvalidationReason = {}));
function isStyleRecalcInvalidationTracking(event) {
  return event.name === Name.STYLE_RECALC_INVALIDATION_TRACKING;
}
__name(isStyleRecalcInvalidationTracking, "isStyleRecalcInvalidationTracking");
function isStyleInvalidatorInvalidationTracking(event) {
  return event.name === Name.STYLE_INVALIDATOR_INVALIDATION_TRACKING;
}
__name(isStyleInvalidatorInvalidationTracking, "isStyleInvalidatorInvalidationTracking");
function isBeginCommitCompositorFrame(event) {
  return event.name === Name.BEGIN_COMMIT_COMPOSITOR_FRAME;
}
__name(isBeginCommitCompositorFrame, "isBeginCommitCompositorFrame");
function isParseMetaViewport(event) {
  return event.name === Name.PARSE_META_VIEWPORT;
}
__name(isParseMetaViewport, "isParseMetaViewport");
function isMetaCharsetCheck(event) {
  return event.name === Name.META_CHARSET_CHECK;
}
__name(isMetaCharsetCheck, "isMetaCharsetCheck");
function isLinkPreconnect(event) {
  return event.name === Name.LINK_PRECONNECT;
}
__name(isLinkPreconnect, "isLinkPreconnect");
function isScheduleStyleRecalculation(event) {
  return event.name === Name.SCHEDULE_STYLE_RECALCULATION;
}
__name(isScheduleStyleRecalculation, "isScheduleStyleRecalculation");
function isRenderFrameImplCreateChildFrame(event) {
  return event.name === Name.RENDER_FRAME_IMPL_CREATE_CHILD_FRAME;
}
__name(isRenderFrameImplCreateChildFrame, "isRenderFrameImplCreateChildFrame");
function isLayoutImageUnsized(event) {
  return event.name === Name.LAYOUT_IMAGE_UNSIZED;
}
__name(isLayoutImageUnsized, "isLayoutImageUnsized");
function isPairableAsyncBegin(e) {
  return e.ph === Phase.ASYNC_NESTABLE_START;
}
__name(isPairableAsyncBegin, "isPairableAsyncBegin");
function isPairableAsyncEnd(e) {
  return e.ph === Phase.ASYNC_NESTABLE_END;
}
__name(isPairableAsyncEnd, "isPairableAsyncEnd");
function isPairableAsyncInstant(e) {
  return e.ph === Phase.ASYNC_NESTABLE_INSTANT;
}
__name(isPairableAsyncInstant, "isPairableAsyncInstant");
function isAnimationFrameAsyncStart(data31) {
  return data31.name === Name.ANIMATION_FRAME && data31.ph === Phase.ASYNC_NESTABLE_START;
}
__name(isAnimationFrameAsyncStart, "isAnimationFrameAsyncStart");
function isAnimationFrameAsyncEnd(data31) {
  return data31.name === Name.ANIMATION_FRAME && data31.ph === Phase.ASYNC_NESTABLE_END;
}
__name(isAnimationFrameAsyncEnd, "isAnimationFrameAsyncEnd");
function isAnimationFramePresentation(data31) {
  return data31.name === Name.ANIMATION_FRAME_PRESENTATION;
}
__name(isAnimationFramePresentation, "isAnimationFramePresentation");
function isPipelineReporter(event) {
  return event.name === Name.PIPELINE_REPORTER;
}
__name(isPipelineReporter, "isPipelineReporter");
function isSyntheticBased(event) {
  return "rawSourceEvent" in event;
}
__name(isSyntheticBased, "isSyntheticBased");
function isJSSample(event) {
  return event.name === Name.JS_SAMPLE;
}
__name(isJSSample, "isJSSample");
function isSyntheticInteraction(event) {
  return Boolean("interactionId" in event && event.args?.data && "beginEvent" in event.args.data && "endEvent" in event.args.data);
}
__name(isSyntheticInteraction, "isSyntheticInteraction");
function isDrawFrame(event) {
  return event.name === Name.DRAW_FRAME && event.ph === Phase.INSTANT;
}
__name(isDrawFrame, "isDrawFrame");
function isBeginFrame(event) {
  return Boolean(event.name === Name.BEGIN_FRAME && event.args && "frameSeqId" in event.args);
}
__name(isBeginFrame, "isBeginFrame");
function isDroppedFrame(event) {
  return Boolean(event.name === Name.DROPPED_FRAME && event.args && "frameSeqId" in event.args);
}
__name(isDroppedFrame, "isDroppedFrame");
function isRequestMainThreadFrame(event) {
  return event.name === Name.REQUEST_MAIN_THREAD_FRAME;
}
__name(isRequestMainThreadFrame, "isRequestMainThreadFrame");
function isBeginMainThreadFrame(event) {
  return event.name === Name.BEGIN_MAIN_THREAD_FRAME;
}
__name(isBeginMainThreadFrame, "isBeginMainThreadFrame");
function isNeedsBeginFrameChanged(event) {
  return event.name === Name.NEEDS_BEGIN_FRAME_CHANGED;
}
__name(isNeedsBeginFrameChanged, "isNeedsBeginFrameChanged");
function isCommit(event) {
  return Boolean(event.name === Name.COMMIT && event.args && "frameSeqId" in event.args);
}
__name(isCommit, "isCommit");
function isRasterTask(event) {
  return event.name === Name.RASTER_TASK;
}
__name(isRasterTask, "isRasterTask");
function isCompositeLayers(event) {
  return event.name === Name.COMPOSITE_LAYERS;
}
__name(isCompositeLayers, "isCompositeLayers");
function isActivateLayerTree(event) {
  return event.name === Name.ACTIVATE_LAYER_TREE;
}
__name(isActivateLayerTree, "isActivateLayerTree");
function isInvalidationTracking(event) {
  return isScheduleStyleInvalidationTracking(event) || isStyleRecalcInvalidationTracking(event) || isStyleInvalidatorInvalidationTracking(event) || isLayoutInvalidationTracking(event);
}
__name(isInvalidationTracking, "isInvalidationTracking");
function isDrawLazyPixelRef(event) {
  return event.name === Name.DRAW_LAZY_PIXEL_REF;
}
__name(isDrawLazyPixelRef, "isDrawLazyPixelRef");
function isDecodeLazyPixelRef(event) {
  return event.name === Name.DECODE_LAZY_PIXEL_REF;
}
__name(isDecodeLazyPixelRef, "isDecodeLazyPixelRef");
function isDecodeImage(event) {
  return event.name === Name.DECODE_IMAGE;
}
__name(isDecodeImage, "isDecodeImage");
var InvalidationEventType;
(function(InvalidationEventType2) {
  InvalidationEventType2["StyleInvalidatorInvalidationTracking"] = "StyleInvalidatorInvalidationTracking";
  InvalidationEventType2["StyleRecalcInvalidationTracking"] = "StyleRecalcInvalidationTracking";
})(InvalidationEventType || (InvalidationEventType = {}));
var SelectorTimingsKey;
(function(SelectorTimingsKey2) {
  SelectorTimingsKey2["Elapsed"] = "elapsed (us)";
  SelectorTimingsKey2["RejectPercentage"] = "reject_percentage";
  SelectorTimingsKey2["FastRejectCount"] = "fast_reject_count";
  SelectorTimingsKey2["MatchAttempts"] = "match_attempts";
  SelectorTimingsKey2["MatchCount"] = "match_count";
  SelectorTimingsKey2["Selector"] = "selector";
  SelectorTimingsKey2["StyleSheetId"] = "style_sheet_id";
  SelectorTimingsKey2["InvalidationCount"] = "invalidation_count";
})(SelectorTimingsKey || (SelectorTimingsKey = {}));
function isSelectorStats(event) {
  return event.name === Name.SELECTOR_STATS;
}
__name(isSelectorStats, "isSelectorStats");
function isRecalcStyle(event) {
  return event.name === Name.RECALC_STYLE;
}
__name(isRecalcStyle, "isRecalcStyle");
function isLayout(event) {
  return event.name === Name.LAYOUT && Boolean(event.args && "beginData" in event.args);
}
__name(isLayout, "isLayout");
function isInvalidateLayout(event) {
  return event.name === Name.INVALIDATE_LAYOUT;
}
__name(isInvalidateLayout, "isInvalidateLayout");
function isDebuggerAsyncTaskScheduled(event) {
  return event.name === Name.DEBUGGER_ASYNC_TASK_SCHEDULED;
}
__name(isDebuggerAsyncTaskScheduled, "isDebuggerAsyncTaskScheduled");
function isDebuggerAsyncTaskRun(event) {
  return event.name === Name.DEBUGGER_ASYNC_TASK_RUN;
}
__name(isDebuggerAsyncTaskRun, "isDebuggerAsyncTaskRun");
function ProfileID(value) {
  return value;
}
__name(ProfileID, "ProfileID");
function CallFrameID(value) {
  return value;
}
__name(CallFrameID, "CallFrameID");
function SampleIndex(value) {
  return value;
}
__name(SampleIndex, "SampleIndex");
function ProcessID(value) {
  return value;
}
__name(ProcessID, "ProcessID");
function ThreadID(value) {
  return value;
}
__name(ThreadID, "ThreadID");
function WorkerId(value) {
  return value;
}
__name(WorkerId, "WorkerId");
function isComplete(event) {
  return event.ph === Phase.COMPLETE;
}
__name(isComplete, "isComplete");
function isBegin(event) {
  return event.ph === Phase.BEGIN;
}
__name(isBegin, "isBegin");
function isEnd(event) {
  return event.ph === Phase.END;
}
__name(isEnd, "isEnd");
function isDispatch(event) {
  return event.name === "EventDispatch" && event.ph === Phase.COMPLETE;
}
__name(isDispatch, "isDispatch");
function isInstant(event) {
  return event.ph === Phase.INSTANT;
}
__name(isInstant, "isInstant");
function isRendererEvent(event) {
  return isInstant(event) || isComplete(event);
}
__name(isRendererEvent, "isRendererEvent");
function isFireIdleCallback(event) {
  return event.name === "FireIdleCallback" && event.ph === Phase.COMPLETE;
}
__name(isFireIdleCallback, "isFireIdleCallback");
function isSchedulePostMessage(event) {
  return event.name === Name.SCHEDULE_POST_MESSAGE;
}
__name(isSchedulePostMessage, "isSchedulePostMessage");
function isHandlePostMessage(event) {
  return event.name === Name.HANDLE_POST_MESSAGE && event.ph === Phase.COMPLETE;
}
__name(isHandlePostMessage, "isHandlePostMessage");
function isUpdateCounters(event) {
  return event.name === "UpdateCounters";
}
__name(isUpdateCounters, "isUpdateCounters");
function isDOMStats(event) {
  return event.name === "DOMStats";
}
__name(isDOMStats, "isDOMStats");
function isThreadName(event) {
  return event.name === Name.THREAD_NAME;
}
__name(isThreadName, "isThreadName");
function isProcessName(event) {
  return event.name === "process_name";
}
__name(isProcessName, "isProcessName");
function isTracingStartedInBrowser(event) {
  return event.name === Name.TRACING_STARTED_IN_BROWSER;
}
__name(isTracingStartedInBrowser, "isTracingStartedInBrowser");
function isFrameCommittedInBrowser(event) {
  return event.name === "FrameCommittedInBrowser";
}
__name(isFrameCommittedInBrowser, "isFrameCommittedInBrowser");
function isCommitLoad(event) {
  return event.name === "CommitLoad";
}
__name(isCommitLoad, "isCommitLoad");
function isAnimation(event) {
  return event.name === "Animation" && event.cat.includes("devtools.timeline");
}
__name(isAnimation, "isAnimation");
function isSyntheticAnimation(event) {
  if (event.name !== "Animation" || !event.cat.includes("devtools.timeline")) {
    return false;
  }
  const data31 = event.args?.data;
  if (!data31) {
    return false;
  }
  return "beginEvent" in data31 && "endEvent" in data31;
}
__name(isSyntheticAnimation, "isSyntheticAnimation");
function isLayoutShift(event) {
  return event.name === Name.LAYOUT_SHIFT;
}
__name(isLayoutShift, "isLayoutShift");
function isLayoutInvalidationTracking(event) {
  return event.name === Name.LAYOUT_INVALIDATION_TRACKING;
}
__name(isLayoutInvalidationTracking, "isLayoutInvalidationTracking");
function isFirstContentfulPaint(event) {
  return event.name === Name.MARK_FCP;
}
__name(isFirstContentfulPaint, "isFirstContentfulPaint");
function isAnyLargestContentfulPaintCandidate(event) {
  return event.name === Name.MARK_LCP_CANDIDATE || event.name === Name.MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION;
}
__name(isAnyLargestContentfulPaintCandidate, "isAnyLargestContentfulPaintCandidate");
function isSoftLargestContentfulPaintCandidate(event) {
  return event.name === Name.MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION;
}
__name(isSoftLargestContentfulPaintCandidate, "isSoftLargestContentfulPaintCandidate");
function isLargestImagePaintCandidate(event) {
  return event.name === "LargestImagePaint::Candidate";
}
__name(isLargestImagePaintCandidate, "isLargestImagePaintCandidate");
function isLargestTextPaintCandidate(event) {
  return event.name === "LargestTextPaint::Candidate";
}
__name(isLargestTextPaintCandidate, "isLargestTextPaintCandidate");
function isMarkLoad(event) {
  return event.name === Name.MARK_LOAD;
}
__name(isMarkLoad, "isMarkLoad");
function isFirstPaint(event) {
  return event.name === Name.MARK_FIRST_PAINT;
}
__name(isFirstPaint, "isFirstPaint");
function isMarkDOMContent(event) {
  return event.name === Name.MARK_DOM_CONTENT;
}
__name(isMarkDOMContent, "isMarkDOMContent");
function isInteractiveTime(event) {
  return event.name === "InteractiveTime";
}
__name(isInteractiveTime, "isInteractiveTime");
function isEventTiming(event) {
  return event.name === Name.EVENT_TIMING;
}
__name(isEventTiming, "isEventTiming");
function isEventTimingEnd(event) {
  return isEventTiming(event) && event.ph === Phase.ASYNC_NESTABLE_END;
}
__name(isEventTimingEnd, "isEventTimingEnd");
function isEventTimingStart(event) {
  return isEventTiming(event) && event.ph === Phase.ASYNC_NESTABLE_START;
}
__name(isEventTimingStart, "isEventTimingStart");
function isGPUTask(event) {
  return event.name === "GPUTask";
}
__name(isGPUTask, "isGPUTask");
function isProfile(event) {
  return event.name === Name.PROFILE;
}
__name(isProfile, "isProfile");
function isSyntheticCpuProfile(event) {
  return event.name === Name.CPU_PROFILE && event.ph === Phase.COMPLETE;
}
__name(isSyntheticCpuProfile, "isSyntheticCpuProfile");
function isProfileChunk(event) {
  return event.name === Name.PROFILE_CHUNK;
}
__name(isProfileChunk, "isProfileChunk");
function isResourceChangePriority(event) {
  return event.name === "ResourceChangePriority";
}
__name(isResourceChangePriority, "isResourceChangePriority");
function isResourceSendRequest(event) {
  return event.name === "ResourceSendRequest";
}
__name(isResourceSendRequest, "isResourceSendRequest");
function isResourceReceiveResponse(event) {
  return event.name === "ResourceReceiveResponse";
}
__name(isResourceReceiveResponse, "isResourceReceiveResponse");
function isResourceMarkAsCached(event) {
  return event.name === "ResourceMarkAsCached";
}
__name(isResourceMarkAsCached, "isResourceMarkAsCached");
function isResourceFinish(event) {
  return event.name === "ResourceFinish";
}
__name(isResourceFinish, "isResourceFinish");
function isResourceWillSendRequest(event) {
  return event.name === "ResourceWillSendRequest";
}
__name(isResourceWillSendRequest, "isResourceWillSendRequest");
function isResourceReceivedData(event) {
  return event.name === "ResourceReceivedData";
}
__name(isResourceReceivedData, "isResourceReceivedData");
function isReceivedDataEvent(event) {
  return event.name === "ResourceReceivedData" || event.name === "ResourceFinish" || event.name === "ResourceReceiveResponse";
}
__name(isReceivedDataEvent, "isReceivedDataEvent");
function isSyntheticNetworkRequest(event) {
  return event.name === Name.SYNTHETIC_NETWORK_REQUEST;
}
__name(isSyntheticNetworkRequest, "isSyntheticNetworkRequest");
function isSyntheticWebSocketConnection(event) {
  return event.name === "SyntheticWebSocketConnection";
}
__name(isSyntheticWebSocketConnection, "isSyntheticWebSocketConnection");
function isNetworkTrackEntry(event) {
  return isSyntheticNetworkRequest(event) || isSyntheticWebSocketConnection(event) || isWebSocketTraceEvent(event);
}
__name(isNetworkTrackEntry, "isNetworkTrackEntry");
function isPrePaint(event) {
  return event.name === "PrePaint";
}
__name(isPrePaint, "isPrePaint");
function isNavigationStart(event) {
  return event.name === Name.NAVIGATION_START && event.args?.data?.documentLoaderURL !== "";
}
__name(isNavigationStart, "isNavigationStart");
function isDidCommitSameDocumentNavigation(event) {
  return event.name === "RenderFrameHostImpl::DidCommitSameDocumentNavigation" && event.ph === Phase.COMPLETE;
}
__name(isDidCommitSameDocumentNavigation, "isDidCommitSameDocumentNavigation");
function isMainFrameViewport(event) {
  return event.name === "PaintTimingVisualizer::Viewport";
}
__name(isMainFrameViewport, "isMainFrameViewport");
function isSyntheticUserTiming(event) {
  if (event.cat !== "blink.user_timing") {
    return false;
  }
  const data31 = event.args?.data;
  if (!data31) {
    return false;
  }
  return "beginEvent" in data31 && "endEvent" in data31;
}
__name(isSyntheticUserTiming, "isSyntheticUserTiming");
function isSyntheticConsoleTiming(event) {
  if (event.cat !== "blink.console") {
    return false;
  }
  const data31 = event.args?.data;
  if (!data31) {
    return false;
  }
  return "beginEvent" in data31 && "endEvent" in data31;
}
__name(isSyntheticConsoleTiming, "isSyntheticConsoleTiming");
function isUserTiming(event) {
  return event.cat === "blink.user_timing";
}
__name(isUserTiming, "isUserTiming");
function isDomLoading(event) {
  return event.name === Name.DOM_LOADING;
}
__name(isDomLoading, "isDomLoading");
function isBeginRemoteFontLoad(event) {
  return event.name === Name.BEGIN_REMOTE_FONT_LOAD;
}
__name(isBeginRemoteFontLoad, "isBeginRemoteFontLoad");
function isRemoteFontLoaded(event) {
  return event.name === Name.REMOTE_FONT_LOADED;
}
__name(isRemoteFontLoaded, "isRemoteFontLoaded");
function isPerformanceMeasure(event) {
  return isUserTiming(event) && isPhaseAsync(event.ph);
}
__name(isPerformanceMeasure, "isPerformanceMeasure");
function isPerformanceMeasureBegin(event) {
  return isPerformanceMeasure(event) && event.ph === Phase.ASYNC_NESTABLE_START;
}
__name(isPerformanceMeasureBegin, "isPerformanceMeasureBegin");
function isPerformanceMark(event) {
  return isUserTiming(event) && (event.ph === Phase.MARK || event.ph === Phase.INSTANT);
}
__name(isPerformanceMark, "isPerformanceMark");
function isConsoleTime(event) {
  return event.cat === "blink.console" && isPhaseAsync(event.ph);
}
__name(isConsoleTime, "isConsoleTime");
function isConsoleTimeStamp(event) {
  return event.ph === Phase.INSTANT && event.name === Name.TIME_STAMP;
}
__name(isConsoleTimeStamp, "isConsoleTimeStamp");
function isUserTimingMeasure(event) {
  return event.name === Name.USER_TIMING_MEASURE;
}
__name(isUserTimingMeasure, "isUserTimingMeasure");
function isParseHTML(event) {
  return event.name === "ParseHTML";
}
__name(isParseHTML, "isParseHTML");
function isSyntheticLayoutShift(event) {
  return event.name === Name.SYNTHETIC_LAYOUT_SHIFT;
}
__name(isSyntheticLayoutShift, "isSyntheticLayoutShift");
function isSyntheticLayoutShiftCluster(event) {
  return event.name === Name.SYNTHETIC_LAYOUT_SHIFT_CLUSTER;
}
__name(isSyntheticLayoutShiftCluster, "isSyntheticLayoutShiftCluster");
function isProfileCall(event) {
  return "callFrame" in event;
}
__name(isProfileCall, "isProfileCall");
function isPaint(event) {
  return event.name === Name.PAINT;
}
__name(isPaint, "isPaint");
function isPaintImage(event) {
  return event.name === Name.PAINT_IMAGE && event.ph === Phase.COMPLETE;
}
__name(isPaintImage, "isPaintImage");
function isScrollLayer(event) {
  return event.name === Name.SCROLL_LAYER && event.ph === Phase.COMPLETE;
}
__name(isScrollLayer, "isScrollLayer");
function isSetLayerId(event) {
  return event.name === Name.SET_LAYER_TREE_ID;
}
__name(isSetLayerId, "isSetLayerId");
function isUpdateLayer(event) {
  return event.name === Name.UPDATE_LAYER;
}
__name(isUpdateLayer, "isUpdateLayer");
function isDisplayListItemListSnapshot(event) {
  return event.name === Name.DISPLAY_ITEM_LIST_SNAPSHOT;
}
__name(isDisplayListItemListSnapshot, "isDisplayListItemListSnapshot");
function isLayerTreeHostImplSnapshot(event) {
  return event.name === Name.LAYER_TREE_HOST_IMPL_SNAPSHOT;
}
__name(isLayerTreeHostImplSnapshot, "isLayerTreeHostImplSnapshot");
function isFireAnimationFrame(event) {
  return event.name === Name.FIRE_ANIMATION_FRAME && event.ph === Phase.COMPLETE;
}
__name(isFireAnimationFrame, "isFireAnimationFrame");
function isTimerInstall(event) {
  return event.name === Name.TIMER_INSTALL;
}
__name(isTimerInstall, "isTimerInstall");
function isTimerFire(event) {
  return event.name === Name.TIMER_FIRE && event.ph === Phase.COMPLETE;
}
__name(isTimerFire, "isTimerFire");
function isRequestIdleCallback(event) {
  return event.name === Name.REQUEST_IDLE_CALLBACK;
}
__name(isRequestIdleCallback, "isRequestIdleCallback");
function isWebSocketCreate(event) {
  return event.name === Name.WEB_SOCKET_CREATE;
}
__name(isWebSocketCreate, "isWebSocketCreate");
function isWebSocketInfo(event) {
  return event.name === Name.WEB_SOCKET_SEND_HANDSHAKE_REQUEST || event.name === Name.WEB_SOCKET_RECEIVE_HANDSHAKE_REQUEST || event.name === Name.WEB_SOCKET_DESTROY;
}
__name(isWebSocketInfo, "isWebSocketInfo");
function isWebSocketTransfer(event) {
  return event.name === Name.WEB_SOCKET_SEND || event.name === Name.WEB_SOCKET_RECEIVE;
}
__name(isWebSocketTransfer, "isWebSocketTransfer");
function isWebSocketSendHandshakeRequest(event) {
  return event.name === Name.WEB_SOCKET_SEND_HANDSHAKE_REQUEST;
}
__name(isWebSocketSendHandshakeRequest, "isWebSocketSendHandshakeRequest");
function isWebSocketReceiveHandshakeResponse(event) {
  return event.name === Name.WEB_SOCKET_RECEIVE_HANDSHAKE_REQUEST;
}
__name(isWebSocketReceiveHandshakeResponse, "isWebSocketReceiveHandshakeResponse");
function isWebSocketDestroy(event) {
  return event.name === Name.WEB_SOCKET_DESTROY;
}
__name(isWebSocketDestroy, "isWebSocketDestroy");
function isWebSocketTraceEvent(event) {
  return isWebSocketCreate(event) || isWebSocketInfo(event) || isWebSocketTransfer(event);
}
__name(isWebSocketTraceEvent, "isWebSocketTraceEvent");
function isWebSocketEvent(event) {
  return isWebSocketTraceEvent(event) || isSyntheticWebSocketConnection(event);
}
__name(isWebSocketEvent, "isWebSocketEvent");
function isV8Compile(event) {
  return event.name === Name.COMPILE && event.ph === Phase.COMPLETE;
}
__name(isV8Compile, "isV8Compile");
function isFunctionCall(event) {
  return event.name === Name.FUNCTION_CALL && event.ph === Phase.COMPLETE;
}
__name(isFunctionCall, "isFunctionCall");
function isSchedulePostTaskCallback(event) {
  return event.name === Name.SCHEDULE_POST_TASK_CALLBACK;
}
__name(isSchedulePostTaskCallback, "isSchedulePostTaskCallback");
function isRunPostTaskCallback(event) {
  return event.name === Name.RUN_POST_TASK_CALLBACK && event.ph === Phase.COMPLETE;
}
__name(isRunPostTaskCallback, "isRunPostTaskCallback");
function isAbortPostTaskCallback(event) {
  return event.name === Name.ABORT_POST_TASK_CALLBACK && event.ph === Phase.COMPLETE;
}
__name(isAbortPostTaskCallback, "isAbortPostTaskCallback");
function isJSInvocationEvent(event) {
  switch (event.name) {
    case Name.RUN_MICROTASKS:
    case Name.FUNCTION_CALL:
    // TODO(paulirish): Define types for these Evaluate* events
    case Name.EVALUATE_SCRIPT:
    case Name.EVALUATE_MODULE:
    case Name.EVENT_DISPATCH:
    case Name.V8_EXECUTE:
    case Name.V8_CONSOLE_RUN_TASK:
      return true;
  }
  if (event.name.startsWith("v8") || event.name.startsWith("V8")) {
    return true;
  }
  if (isConsoleRunTask(event)) {
    return true;
  }
  return false;
}
__name(isJSInvocationEvent, "isJSInvocationEvent");
function isConsoleRunTask(event) {
  return event.name === Name.V8_CONSOLE_RUN_TASK;
}
__name(isConsoleRunTask, "isConsoleRunTask");
function isFlowPhaseEvent(event) {
  return event.ph === Phase.FLOW_START || event.ph === Phase.FLOW_STEP || event.ph === Phase.FLOW_END;
}
__name(isFlowPhaseEvent, "isFlowPhaseEvent");
function isParseAuthorStyleSheetEvent(event) {
  return event.name === Name.PARSE_AUTHOR_STYLE_SHEET && event.ph === Phase.COMPLETE;
}
__name(isParseAuthorStyleSheetEvent, "isParseAuthorStyleSheetEvent");
var Name;
(function(Name2) {
  Name2["THREAD_NAME"] = "thread_name";
  Name2["PROGRAM"] = "Program";
  Name2["RUN_TASK"] = "RunTask";
  Name2["ASYNC_TASK"] = "AsyncTask";
  Name2["RUN_MICROTASKS"] = "RunMicrotasks";
  Name2["XHR_LOAD"] = "XHRLoad";
  Name2["XHR_READY_STATE_CHANGED"] = "XHRReadyStateChange";
  Name2["PARSE_HTML"] = "ParseHTML";
  Name2["PARSE_CSS"] = "ParseAuthorStyleSheet";
  Name2["COMPILE_CODE"] = "V8.CompileCode";
  Name2["COMPILE_MODULE"] = "V8.CompileModule";
  Name2["COMPILE"] = "v8.compile";
  Name2["COMPILE_SCRIPT"] = "V8.CompileScript";
  Name2["OPTIMIZE"] = "V8.OptimizeCode";
  Name2["WASM_STREAM_FROM_RESPONSE_CALLBACK"] = "v8.wasm.streamFromResponseCallback";
  Name2["WASM_COMPILED_MODULE"] = "v8.wasm.compiledModule";
  Name2["WASM_CACHED_MODULE"] = "v8.wasm.cachedModule";
  Name2["WASM_MODULE_CACHE_HIT"] = "v8.wasm.moduleCacheHit";
  Name2["WASM_MODULE_CACHE_INVALID"] = "v8.wasm.moduleCacheInvalid";
  Name2["PROFILE_CALL"] = "ProfileCall";
  Name2["EVALUATE_SCRIPT"] = "EvaluateScript";
  Name2["FUNCTION_CALL"] = "FunctionCall";
  Name2["EVENT_DISPATCH"] = "EventDispatch";
  Name2["EVALUATE_MODULE"] = "v8.evaluateModule";
  Name2["REQUEST_MAIN_THREAD_FRAME"] = "RequestMainThreadFrame";
  Name2["REQUEST_ANIMATION_FRAME"] = "RequestAnimationFrame";
  Name2["CANCEL_ANIMATION_FRAME"] = "CancelAnimationFrame";
  Name2["FIRE_ANIMATION_FRAME"] = "FireAnimationFrame";
  Name2["REQUEST_IDLE_CALLBACK"] = "RequestIdleCallback";
  Name2["CANCEL_IDLE_CALLBACK"] = "CancelIdleCallback";
  Name2["FIRE_IDLE_CALLBACK"] = "FireIdleCallback";
  Name2["TIMER_INSTALL"] = "TimerInstall";
  Name2["TIMER_REMOVE"] = "TimerRemove";
  Name2["TIMER_FIRE"] = "TimerFire";
  Name2["WEB_SOCKET_CREATE"] = "WebSocketCreate";
  Name2["WEB_SOCKET_SEND_HANDSHAKE"] = "WebSocketSendHandshakeRequest";
  Name2["WEB_SOCKET_RECEIVE_HANDSHAKE"] = "WebSocketReceiveHandshakeResponse";
  Name2["WEB_SOCKET_DESTROY"] = "WebSocketDestroy";
  Name2["WEB_SOCKET_SEND"] = "WebSocketSend";
  Name2["WEB_SOCKET_RECEIVE"] = "WebSocketReceive";
  Name2["CRYPTO_DO_ENCRYPT"] = "DoEncrypt";
  Name2["CRYPTO_DO_ENCRYPT_REPLY"] = "DoEncryptReply";
  Name2["CRYPTO_DO_DECRYPT"] = "DoDecrypt";
  Name2["CRYPTO_DO_DECRYPT_REPLY"] = "DoDecryptReply";
  Name2["CRYPTO_DO_DIGEST"] = "DoDigest";
  Name2["CRYPTO_DO_DIGEST_REPLY"] = "DoDigestReply";
  Name2["CRYPTO_DO_SIGN"] = "DoSign";
  Name2["CRYPTO_DO_SIGN_REPLY"] = "DoSignReply";
  Name2["CRYPTO_DO_VERIFY"] = "DoVerify";
  Name2["CRYPTO_DO_VERIFY_REPLY"] = "DoVerifyReply";
  Name2["V8_EXECUTE"] = "V8.Execute";
  Name2["V8_CONSOLE_RUN_TASK"] = "V8Console::runTask";
  Name2["SCHEDULE_POST_TASK_CALLBACK"] = "SchedulePostTaskCallback";
  Name2["RUN_POST_TASK_CALLBACK"] = "RunPostTaskCallback";
  Name2["ABORT_POST_TASK_CALLBACK"] = "AbortPostTaskCallback";
  Name2["DEBUGGER_ASYNC_TASK_RUN"] = "v8::Debugger::AsyncTaskRun";
  Name2["DEBUGGER_ASYNC_TASK_SCHEDULED"] = "v8::Debugger::AsyncTaskScheduled";
  Name2["GC"] = "GCEvent";
  Name2["DOMGC"] = "BlinkGC.AtomicPhase";
  Name2["MAJOR_GC"] = "MajorGC";
  Name2["MINOR_GC"] = "MinorGC";
  Name2["GC_COLLECT_GARBARGE"] = "BlinkGC.AtomicPhase";
  Name2["CPPGC_SWEEP"] = "CppGC.IncrementalSweep";
  Name2["SCHEDULE_STYLE_RECALCULATION"] = "ScheduleStyleRecalculation";
  Name2["LAYOUT"] = "Layout";
  Name2["RECALC_STYLE"] = "UpdateLayoutTree";
  Name2["INVALIDATE_LAYOUT"] = "InvalidateLayout";
  Name2["LAYOUT_INVALIDATION_TRACKING"] = "LayoutInvalidationTracking";
  Name2["COMPUTE_INTERSECTION"] = "ComputeIntersections";
  Name2["HIT_TEST"] = "HitTest";
  Name2["PRE_PAINT"] = "PrePaint";
  Name2["LAYERIZE"] = "Layerize";
  Name2["LAYOUT_SHIFT"] = "LayoutShift";
  Name2["SYNTHETIC_LAYOUT_SHIFT"] = "SyntheticLayoutShift";
  Name2["SYNTHETIC_LAYOUT_SHIFT_CLUSTER"] = "SyntheticLayoutShiftCluster";
  Name2["UPDATE_LAYER_TREE"] = "UpdateLayerTree";
  Name2["SCHEDULE_STYLE_INVALIDATION_TRACKING"] = "ScheduleStyleInvalidationTracking";
  Name2["STYLE_RECALC_INVALIDATION_TRACKING"] = "StyleRecalcInvalidationTracking";
  Name2["STYLE_INVALIDATOR_INVALIDATION_TRACKING"] = "StyleInvalidatorInvalidationTracking";
  Name2["SELECTOR_STATS"] = "SelectorStats";
  Name2["BEGIN_COMMIT_COMPOSITOR_FRAME"] = "BeginCommitCompositorFrame";
  Name2["PARSE_META_VIEWPORT"] = "ParseMetaViewport";
  Name2["META_CHARSET_CHECK"] = "MetaCharsetCheck";
  Name2["SCROLL_LAYER"] = "ScrollLayer";
  Name2["UPDATE_LAYER"] = "UpdateLayer";
  Name2["PAINT_SETUP"] = "PaintSetup";
  Name2["PAINT"] = "Paint";
  Name2["PAINT_IMAGE"] = "PaintImage";
  Name2["COMMIT"] = "Commit";
  Name2["COMPOSITE_LAYERS"] = "CompositeLayers";
  Name2["RASTER_TASK"] = "RasterTask";
  Name2["IMAGE_DECODE_TASK"] = "ImageDecodeTask";
  Name2["IMAGE_UPLOAD_TASK"] = "ImageUploadTask";
  Name2["DECODE_IMAGE"] = "Decode Image";
  Name2["DRAW_LAZY_PIXEL_REF"] = "Draw LazyPixelRef";
  Name2["DECODE_LAZY_PIXEL_REF"] = "Decode LazyPixelRef";
  Name2["GPU_TASK"] = "GPUTask";
  Name2["RASTERIZE"] = "Rasterize";
  Name2["EVENT_TIMING"] = "EventTiming";
  Name2["OPTIMIZE_CODE"] = "V8.OptimizeCode";
  Name2["CACHE_SCRIPT"] = "v8.produceCache";
  Name2["CACHE_MODULE"] = "v8.produceModuleCache";
  Name2["V8_SAMPLE"] = "V8Sample";
  Name2["JIT_CODE_ADDED"] = "JitCodeAdded";
  Name2["JIT_CODE_MOVED"] = "JitCodeMoved";
  Name2["STREAMING_COMPILE_SCRIPT"] = "v8.parseOnBackground";
  Name2["STREAMING_COMPILE_SCRIPT_WAITING"] = "v8.parseOnBackgroundWaiting";
  Name2["STREAMING_COMPILE_SCRIPT_PARSING"] = "v8.parseOnBackgroundParsing";
  Name2["BACKGROUND_DESERIALIZE"] = "v8.deserializeOnBackground";
  Name2["FINALIZE_DESERIALIZATION"] = "V8.FinalizeDeserialization";
  Name2["COMMIT_LOAD"] = "CommitLoad";
  Name2["MARK_LOAD"] = "MarkLoad";
  Name2["MARK_DOM_CONTENT"] = "MarkDOMContent";
  Name2["MARK_FIRST_PAINT"] = "firstPaint";
  Name2["MARK_FCP"] = "firstContentfulPaint";
  Name2["MARK_LCP_CANDIDATE"] = "largestContentfulPaint::Candidate";
  Name2["MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION"] = "largestContentfulPaint::CandidateForSoftNavigation";
  Name2["MARK_LCP_INVALIDATE"] = "largestContentfulPaint::Invalidate";
  Name2["NAVIGATION_START"] = "navigationStart";
  Name2["SOFT_NAVIGATION_START"] = "SoftNavigationStart";
  Name2["CONSOLE_TIME"] = "ConsoleTime";
  Name2["USER_TIMING"] = "UserTiming";
  Name2["INTERACTIVE_TIME"] = "InteractiveTime";
  Name2["TIME_STAMP"] = "TimeStamp";
  Name2["BEGIN_FRAME"] = "BeginFrame";
  Name2["NEEDS_BEGIN_FRAME_CHANGED"] = "NeedsBeginFrameChanged";
  Name2["BEGIN_MAIN_THREAD_FRAME"] = "BeginMainThreadFrame";
  Name2["ACTIVATE_LAYER_TREE"] = "ActivateLayerTree";
  Name2["DRAW_FRAME"] = "DrawFrame";
  Name2["DROPPED_FRAME"] = "DroppedFrame";
  Name2["FRAME_STARTED_LOADING"] = "FrameStartedLoading";
  Name2["PIPELINE_REPORTER"] = "PipelineReporter";
  Name2["SCREENSHOT"] = "Screenshot";
  Name2["RESOURCE_WILL_SEND_REQUEST"] = "ResourceWillSendRequest";
  Name2["RESOURCE_SEND_REQUEST"] = "ResourceSendRequest";
  Name2["RESOURCE_RECEIVE_RESPONSE"] = "ResourceReceiveResponse";
  Name2["RESOURCE_RECEIVE_DATA"] = "ResourceReceivedData";
  Name2["RESOURCE_FINISH"] = "ResourceFinish";
  Name2["RESOURCE_MARK_AS_CACHED"] = "ResourceMarkAsCached";
  Name2["WEB_SOCKET_SEND_HANDSHAKE_REQUEST"] = "WebSocketSendHandshakeRequest";
  Name2["WEB_SOCKET_RECEIVE_HANDSHAKE_REQUEST"] = "WebSocketReceiveHandshakeResponse";
  Name2["CPU_PROFILE"] = "CpuProfile";
  Name2["PROFILE"] = "Profile";
  Name2["START_PROFILING"] = "CpuProfiler::StartProfiling";
  Name2["PROFILE_CHUNK"] = "ProfileChunk";
  Name2["UPDATE_COUNTERS"] = "UpdateCounters";
  Name2["JS_SAMPLE"] = "JSSample";
  Name2["ANIMATION"] = "Animation";
  Name2["PARSE_AUTHOR_STYLE_SHEET"] = "ParseAuthorStyleSheet";
  Name2["EMBEDDER_CALLBACK"] = "EmbedderCallback";
  Name2["SET_LAYER_TREE_ID"] = "SetLayerTreeId";
  Name2["TRACING_STARTED_IN_PAGE"] = "TracingStartedInPage";
  Name2["TRACING_STARTED_IN_BROWSER"] = "TracingStartedInBrowser";
  Name2["TRACING_SESSION_ID_FOR_WORKER"] = "TracingSessionIdForWorker";
  Name2["LAZY_PIXEL_REF"] = "LazyPixelRef";
  Name2["LAYER_TREE_HOST_IMPL_SNAPSHOT"] = "cc::LayerTreeHostImpl";
  Name2["PICTURE_SNAPSHOT"] = "cc::Picture";
  Name2["DISPLAY_ITEM_LIST_SNAPSHOT"] = "cc::DisplayItemList";
  Name2["INPUT_LATENCY_MOUSE_MOVE"] = "InputLatency::MouseMove";
  Name2["INPUT_LATENCY_MOUSE_WHEEL"] = "InputLatency::MouseWheel";
  Name2["IMPL_SIDE_FLING"] = "InputHandlerProxy::HandleGestureFling::started";
  Name2["SCHEDULE_POST_MESSAGE"] = "SchedulePostMessage";
  Name2["HANDLE_POST_MESSAGE"] = "HandlePostMessage";
  Name2["RENDER_FRAME_IMPL_CREATE_CHILD_FRAME"] = "RenderFrameImpl::createChildFrame";
  Name2["LAYOUT_IMAGE_UNSIZED"] = "LayoutImageUnsized";
  Name2["DOM_LOADING"] = "domLoading";
  Name2["BEGIN_REMOTE_FONT_LOAD"] = "BeginRemoteFontLoad";
  Name2["REMOTE_FONT_LOADED"] = "RemoteFontLoaded";
  Name2["ANIMATION_FRAME"] = "AnimationFrame";
  Name2["ANIMATION_FRAME_PRESENTATION"] = "AnimationFrame::Presentation";
  Name2["SYNTHETIC_NETWORK_REQUEST"] = "SyntheticNetworkRequest";
  Name2["USER_TIMING_MEASURE"] = "UserTiming::Measure";
  Name2["LINK_PRECONNECT"] = "LinkPreconnect";
  Name2["PRELOAD_RENDER_BLOCKING_STATUS_CHANGE"] = "PreloadRenderBlockingStatusChange";
})(Name || (Name = {}));
var MarkerName = [
  Name.MARK_DOM_CONTENT,
  Name.MARK_LOAD,
  Name.MARK_FIRST_PAINT,
  Name.MARK_FCP,
  Name.MARK_LCP_CANDIDATE,
  Name.MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION,
  Name.NAVIGATION_START,
  Name.SOFT_NAVIGATION_START
];
var Categories = {
  Console: "blink.console",
  UserTiming: "blink.user_timing",
  Loading: "loading"
};
function isLegacyTimelineFrame(data31) {
  return "idle" in data31 && typeof data31.idle === "boolean";
}
__name(isLegacyTimelineFrame, "isLegacyTimelineFrame");
function isRundownScriptCompiled(event) {
  return event.cat === "disabled-by-default-devtools.target-rundown";
}
__name(isRundownScriptCompiled, "isRundownScriptCompiled");
function isRundownScript(event) {
  return event.cat === "disabled-by-default-devtools.v8-source-rundown" && event.name === "ScriptCatchup";
}
__name(isRundownScript, "isRundownScript");
function isRundownScriptSource(event) {
  return event.cat === "disabled-by-default-devtools.v8-source-rundown-sources" && event.name === "ScriptCatchup";
}
__name(isRundownScriptSource, "isRundownScriptSource");
function isRundownScriptSourceLarge(event) {
  return event.cat === "disabled-by-default-devtools.v8-source-rundown-sources" && event.name === "LargeScriptCatchup";
}
__name(isRundownScriptSourceLarge, "isRundownScriptSourceLarge");
function isAnyScriptSourceEvent(event) {
  return event.cat === "disabled-by-default-devtools.v8-source-rundown-sources";
}
__name(isAnyScriptSourceEvent, "isAnyScriptSourceEvent");
function isPreloadRenderBlockingStatusChangeEvent(event) {
  return event.name === Name.PRELOAD_RENDER_BLOCKING_STATUS_CHANGE;
}
__name(isPreloadRenderBlockingStatusChangeEvent, "isPreloadRenderBlockingStatusChangeEvent");

// node_modules/@paulirish/trace_engine/models/trace/extras/ThirdParties.js
var ThirdParties_exports = {};
__export(ThirdParties_exports, {
  summarizeByThirdParty: () => summarizeByThirdParty,
  summarizeByURL: () => summarizeByURL
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/handlers.js
var handlers_exports = {};
__export(handlers_exports, {
  Helpers: () => helpers_exports,
  ModelHandlers: () => ModelHandlers_exports,
  Threads: () => Threads_exports,
  Types: () => types_exports2
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/helpers.js
var helpers_exports = {};
__export(helpers_exports, {
  addEventToEntityMapping: () => addEventToEntityMapping,
  addNetworkRequestToEntityMapping: () => addNetworkRequestToEntityMapping,
  getEntityForEvent: () => getEntityForEvent,
  getEntityForUrl: () => getEntityForUrl,
  getNonResolvedURL: () => getNonResolvedURL,
  makeUpEntity: () => makeUpEntity
});

// node_modules/@paulirish/trace_engine/third_party/third-party-web/third-party-web.js
var import_third_party_web = __toESM(require_lib(), 1);

// node_modules/@paulirish/trace_engine/models/trace/types/Configuration.js
var Configuration_exports = {};
__export(Configuration_exports, {
  configToCacheKey: () => configToCacheKey,
  defaults: () => defaults
});
var defaults = /* @__PURE__ */ __name(() => ({
  showAllEvents: false,
  debugMode: false,
  maxInvalidationEventsPerEvent: 20,
  enableAnimationsFrameHandler: false
}), "defaults");
function configToCacheKey(config3) {
  return JSON.stringify(config3);
}
__name(configToCacheKey, "configToCacheKey");

// node_modules/@paulirish/trace_engine/models/trace/types/Extensions.js
var Extensions_exports = {};
__export(Extensions_exports, {
  extensionPalette: () => extensionPalette,
  isConsoleTimestampPayloadTrackEntry: () => isConsoleTimestampPayloadTrackEntry,
  isExtensionEntryObj: () => isExtensionEntryObj,
  isExtensionPayloadMarker: () => isExtensionPayloadMarker,
  isSyntheticExtensionEntry: () => isSyntheticExtensionEntry,
  isValidExtensionPayload: () => isValidExtensionPayload
});
var extensionPalette = [
  "primary",
  "primary-light",
  "primary-dark",
  "secondary",
  "secondary-light",
  "secondary-dark",
  "tertiary",
  "tertiary-light",
  "tertiary-dark",
  "error",
  "warning"
];
function isExtensionPayloadMarker(payload) {
  return payload.dataType === "marker";
}
__name(isExtensionPayloadMarker, "isExtensionPayloadMarker");
function isExtensionEntryObj(payload) {
  const hasTrack = "track" in payload && Boolean(payload.track);
  const validEntryType = payload.dataType === "track-entry" || payload.dataType === void 0;
  return validEntryType && hasTrack;
}
__name(isExtensionEntryObj, "isExtensionEntryObj");
function isConsoleTimestampPayloadTrackEntry(payload) {
  return payload.url !== void 0 && payload.description !== void 0;
}
__name(isConsoleTimestampPayloadTrackEntry, "isConsoleTimestampPayloadTrackEntry");
function isValidExtensionPayload(payload) {
  return isExtensionPayloadMarker(payload) || isExtensionEntryObj(payload) || isConsoleTimestampPayloadTrackEntry(payload);
}
__name(isValidExtensionPayload, "isValidExtensionPayload");
function isSyntheticExtensionEntry(entry) {
  return entry.cat === "devtools.extension";
}
__name(isSyntheticExtensionEntry, "isSyntheticExtensionEntry");

// node_modules/@paulirish/trace_engine/models/trace/types/File.js
var File_exports = {};
__export(File_exports, {
  DataOrigin: () => DataOrigin,
  EntriesLinkState: () => EntriesLinkState,
  EventKeyType: () => EventKeyType,
  isEntriesLinkAnnotation: () => isEntriesLinkAnnotation,
  isEntryLabelAnnotation: () => isEntryLabelAnnotation,
  isTimeRangeAnnotation: () => isTimeRangeAnnotation,
  traceEventKeyToValues: () => traceEventKeyToValues
});
var DataOrigin;
(function(DataOrigin2) {
  DataOrigin2["CPU_PROFILE"] = "CPUProfile";
  DataOrigin2["TRACE_EVENTS"] = "TraceEvents";
})(DataOrigin || (DataOrigin = {}));
var EntriesLinkState;
(function(EntriesLinkState2) {
  EntriesLinkState2["CREATION_NOT_STARTED"] = "creation_not_started";
  EntriesLinkState2["PENDING_TO_EVENT"] = "pending_to_event";
  EntriesLinkState2["CONNECTED"] = "connected";
})(EntriesLinkState || (EntriesLinkState = {}));
var EventKeyType;
(function(EventKeyType2) {
  EventKeyType2["RAW_EVENT"] = "r";
  EventKeyType2["SYNTHETIC_EVENT"] = "s";
  EventKeyType2["PROFILE_CALL"] = "p";
  EventKeyType2["LEGACY_TIMELINE_FRAME"] = "l";
})(EventKeyType || (EventKeyType = {}));
function isTimeRangeAnnotation(annotation) {
  return annotation.type === "TIME_RANGE";
}
__name(isTimeRangeAnnotation, "isTimeRangeAnnotation");
function isEntryLabelAnnotation(annotation) {
  return annotation.type === "ENTRY_LABEL";
}
__name(isEntryLabelAnnotation, "isEntryLabelAnnotation");
function isEntriesLinkAnnotation(annotation) {
  return annotation.type === "ENTRIES_LINK";
}
__name(isEntriesLinkAnnotation, "isEntriesLinkAnnotation");
function traceEventKeyToValues(key) {
  const parts = key.split("-");
  const type = parts[0];
  switch (type) {
    case EventKeyType.PROFILE_CALL:
      if (parts.length !== 5 || !parts.every((part, i) => i === 0 || typeof part === "number" || !isNaN(parseInt(part, 10)))) {
        throw new Error(`Invalid ProfileCallKey: ${key}`);
      }
      return {
        type: parts[0],
        processID: parseInt(parts[1], 10),
        threadID: parseInt(parts[2], 10),
        sampleIndex: parseInt(parts[3], 10),
        protocol: parseInt(parts[4], 10)
      };
    case EventKeyType.RAW_EVENT:
      if (parts.length !== 2 || !(typeof parts[1] === "number" || !isNaN(parseInt(parts[1], 10)))) {
        throw new Error(`Invalid RawEvent Key: ${key}`);
      }
      return {
        type: parts[0],
        rawIndex: parseInt(parts[1], 10)
      };
    case EventKeyType.SYNTHETIC_EVENT:
      if (parts.length !== 2 || !(typeof parts[1] === "number" || !isNaN(parseInt(parts[1], 10)))) {
        throw new Error(`Invalid SyntheticEvent Key: ${key}`);
      }
      return {
        type: parts[0],
        rawIndex: parseInt(parts[1], 10)
      };
    case EventKeyType.LEGACY_TIMELINE_FRAME: {
      if (parts.length !== 2 || Number.isNaN(parseInt(parts[1], 10))) {
        throw new Error(`Invalid LegacyTimelineFrame Key: ${key}`);
      }
      return {
        type,
        rawIndex: parseInt(parts[1], 10)
      };
    }
    default:
      throw new Error(`Unknown trace event key: ${key}`);
  }
}
__name(traceEventKeyToValues, "traceEventKeyToValues");

// node_modules/@paulirish/trace_engine/models/trace/types/Timing.js
var Timing_exports = {};
__export(Timing_exports, {
  Micro: () => Micro,
  Milli: () => Milli,
  Seconds: () => Seconds
});
function Micro(value) {
  return value;
}
__name(Micro, "Micro");
function Milli(value) {
  return value;
}
__name(Milli, "Milli");
function Seconds(value) {
  return value;
}
__name(Seconds, "Seconds");

// node_modules/@paulirish/trace_engine/models/trace/handlers/helpers.js
function getEntityForEvent(event, entityMappings3) {
  const url = getNonResolvedURL(event);
  if (!url) {
    return;
  }
  return getEntityForUrl(url, entityMappings3);
}
__name(getEntityForEvent, "getEntityForEvent");
function getEntityForUrl(url, entityMappings3) {
  const cachedByUrl = entityMappings3.entityByUrlCache.get(url);
  if (cachedByUrl) {
    return cachedByUrl;
  }
  const entity = import_third_party_web.default.getEntity(url) ?? makeUpEntity(entityMappings3.createdEntityCache, url);
  if (entity) {
    entityMappings3.entityByUrlCache.set(url, entity);
  }
  return entity;
}
__name(getEntityForUrl, "getEntityForUrl");
function getNonResolvedURL(entry, handlerData) {
  if (TraceEvents_exports.isProfileCall(entry)) {
    return entry.callFrame.url;
  }
  if (TraceEvents_exports.isSyntheticNetworkRequest(entry)) {
    return entry.args.data.url;
  }
  if (TraceEvents_exports.isParseAuthorStyleSheetEvent(entry) && entry.args) {
    return entry.args.data.stylesheetUrl;
  }
  if (entry.args?.data?.stackTrace && entry.args.data.stackTrace.length > 0) {
    return entry.args.data.stackTrace[0].url;
  }
  if (TraceEvents_exports.isParseHTML(entry)) {
    return entry.args.beginData.url;
  }
  if (handlerData) {
    if (TraceEvents_exports.isDecodeImage(entry)) {
      const paintEvent = handlerData.ImagePainting.paintImageForEvent.get(entry);
      return paintEvent ? getNonResolvedURL(paintEvent, handlerData) : null;
    }
    if (TraceEvents_exports.isDrawLazyPixelRef(entry) && entry.args?.LazyPixelRef) {
      const paintEvent = handlerData.ImagePainting.paintImageByDrawLazyPixelRef.get(entry.args.LazyPixelRef);
      return paintEvent ? getNonResolvedURL(paintEvent, handlerData) : null;
    }
  }
  if (entry.args?.data?.url) {
    return entry.args.data.url;
  }
  const requestId = entry.args?.data?.requestId;
  if (handlerData && requestId) {
    const url = handlerData.NetworkRequests.byId.get(requestId)?.args.data.url;
    if (url) {
      return url;
    }
  }
  return null;
}
__name(getNonResolvedURL, "getNonResolvedURL");
function makeUpEntity(entityCache, url) {
  if (url.startsWith("chrome-extension:")) {
    return makeUpChromeExtensionEntity(entityCache, url);
  }
  if (!url.startsWith("http")) {
    return;
  }
  const rootDomain = import_third_party_web.default.getRootDomain(url);
  if (!rootDomain) {
    return;
  }
  if (entityCache.has(rootDomain)) {
    return entityCache.get(rootDomain);
  }
  const unrecognizedEntity = {
    name: rootDomain,
    company: rootDomain,
    category: "",
    categories: [],
    domains: [rootDomain],
    averageExecutionTime: 0,
    totalExecutionTime: 0,
    totalOccurrences: 0,
    isUnrecognized: true
  };
  entityCache.set(rootDomain, unrecognizedEntity);
  return unrecognizedEntity;
}
__name(makeUpEntity, "makeUpEntity");
function getChromeExtensionOrigin(url) {
  return url.protocol + "//" + url.host;
}
__name(getChromeExtensionOrigin, "getChromeExtensionOrigin");
function makeUpChromeExtensionEntity(entityCache, url, extensionName) {
  const parsedUrl = new URL(url);
  const origin = getChromeExtensionOrigin(parsedUrl);
  const host = new URL(origin).host;
  const name = extensionName || host;
  const cachedEntity = entityCache.get(origin);
  if (cachedEntity) {
    return cachedEntity;
  }
  const chromeExtensionEntity = {
    name,
    company: name,
    category: "Chrome Extension",
    homepage: "https://chromewebstore.google.com/detail/" + host,
    categories: [],
    domains: [origin],
    averageExecutionTime: 0,
    totalExecutionTime: 0,
    totalOccurrences: 0
  };
  entityCache.set(origin, chromeExtensionEntity);
  return chromeExtensionEntity;
}
__name(makeUpChromeExtensionEntity, "makeUpChromeExtensionEntity");
function addEventToEntityMapping(event, entityMappings3) {
  if (entityMappings3.entityByEvent.has(event)) {
    return;
  }
  const entity = getEntityForEvent(event, entityMappings3);
  if (!entity) {
    return;
  }
  const mappedEvents = entityMappings3.eventsByEntity.get(entity);
  if (mappedEvents) {
    mappedEvents.push(event);
  } else {
    entityMappings3.eventsByEntity.set(entity, [event]);
  }
  entityMappings3.entityByEvent.set(event, entity);
}
__name(addEventToEntityMapping, "addEventToEntityMapping");
function addNetworkRequestToEntityMapping(networkRequest, entityMappings3, requestTraceEvents) {
  const entity = getEntityForEvent(networkRequest, entityMappings3);
  if (!entity) {
    return;
  }
  const eventsToMap = [networkRequest, ...Object.values(requestTraceEvents).flat()];
  const mappedEvents = entityMappings3.eventsByEntity.get(entity);
  if (mappedEvents) {
    mappedEvents.push(...eventsToMap);
  } else {
    entityMappings3.eventsByEntity.set(entity, eventsToMap);
  }
  for (const evt of eventsToMap) {
    entityMappings3.entityByEvent.set(evt, entity);
  }
}
__name(addNetworkRequestToEntityMapping, "addNetworkRequestToEntityMapping");

// node_modules/@paulirish/trace_engine/models/trace/handlers/ModelHandlers.js
var ModelHandlers_exports = {};
__export(ModelHandlers_exports, {
  AnimationFrames: () => AnimationFramesHandler_exports,
  Animations: () => AnimationHandler_exports,
  AsyncJSCalls: () => AsyncJSCallsHandler_exports,
  AuctionWorklets: () => AuctionWorkletsHandler_exports,
  DOMStats: () => DOMStatsHandler_exports,
  ExtensionTraceData: () => ExtensionTraceDataHandler_exports,
  Flows: () => FlowsHandler_exports,
  Frames: () => FramesHandler_exports,
  GPU: () => GPUHandler_exports,
  ImagePainting: () => ImagePaintingHandler_exports,
  Initiators: () => InitiatorsHandler_exports,
  Invalidations: () => InvalidationsHandler_exports,
  LargestImagePaint: () => LargestImagePaintHandler_exports,
  LargestTextPaint: () => LargestTextPaintHandler_exports,
  LayerTree: () => LayerTreeHandler_exports,
  LayoutShifts: () => LayoutShiftsHandler_exports,
  Memory: () => MemoryHandler_exports,
  Meta: () => MetaHandler_exports,
  NetworkRequests: () => NetworkRequestsHandler_exports,
  PageFrames: () => PageFramesHandler_exports,
  PageLoadMetrics: () => PageLoadMetricsHandler_exports,
  Renderer: () => RendererHandler_exports,
  Samples: () => SamplesHandler_exports,
  Screenshots: () => ScreenshotsHandler_exports,
  Scripts: () => ScriptsHandler_exports,
  SelectorStats: () => SelectorStatsHandler_exports,
  UserInteractions: () => UserInteractionsHandler_exports,
  UserTimings: () => UserTimingsHandler_exports,
  Warnings: () => WarningsHandler_exports,
  Workers: () => WorkersHandler_exports
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/AnimationFramesHandler.js
var AnimationFramesHandler_exports = {};
__export(AnimationFramesHandler_exports, {
  data: () => data,
  deps: () => deps,
  finalize: () => finalize,
  handleEvent: () => handleEvent,
  handleUserConfig: () => handleUserConfig,
  reset: () => reset
});

// node_modules/@paulirish/trace_engine/models/trace/helpers/helpers.js
var helpers_exports2 = {};
__export(helpers_exports2, {
  Extensions: () => Extensions_exports2,
  Network: () => Network_exports,
  SamplesIntegrator: () => SamplesIntegrator_exports,
  SyntheticEvents: () => SyntheticEvents_exports,
  Timing: () => Timing_exports3,
  Trace: () => Trace_exports,
  TreeHelpers: () => TreeHelpers_exports
});

// node_modules/@paulirish/trace_engine/models/trace/helpers/Extensions.js
var Extensions_exports2 = {};
__export(Extensions_exports2, {
  buildTrackDataFromExtensionEntries: () => buildTrackDataFromExtensionEntries
});

// node_modules/@paulirish/trace_engine/core/platform/ArrayUtilities.js
var ArrayUtilities_exports = {};
__export(ArrayUtilities_exports, {
  DEFAULT_COMPARATOR: () => DEFAULT_COMPARATOR,
  arrayDoesNotContainNullOrUndefined: () => arrayDoesNotContainNullOrUndefined,
  assertArrayIsSorted: () => assertArrayIsSorted,
  binaryIndexOf: () => binaryIndexOf,
  intersectOrdered: () => intersectOrdered,
  lowerBound: () => lowerBound,
  mergeOrdered: () => mergeOrdered,
  nearestIndexFromBeginning: () => nearestIndexFromBeginning,
  nearestIndexFromEnd: () => nearestIndexFromEnd,
  removeElement: () => removeElement,
  sortRange: () => sortRange,
  swap: () => swap,
  upperBound: () => upperBound
});
var removeElement = /* @__PURE__ */ __name((array, element, firstOnly) => {
  let index = array.indexOf(element);
  if (index === -1) {
    return false;
  }
  if (firstOnly) {
    array.splice(index, 1);
    return true;
  }
  for (let i = index + 1, n = array.length; i < n; ++i) {
    if (array[i] !== element) {
      array[index++] = array[i];
    }
  }
  array.length = index;
  return true;
}, "removeElement");
function swap(array, i1, i2) {
  const temp = array[i1];
  array[i1] = array[i2];
  array[i2] = temp;
}
__name(swap, "swap");
function partition(array, comparator, left, right, pivotIndex) {
  const pivotValue = array[pivotIndex];
  swap(array, right, pivotIndex);
  let storeIndex = left;
  for (let i = left; i < right; ++i) {
    if (comparator(array[i], pivotValue) < 0) {
      swap(array, storeIndex, i);
      ++storeIndex;
    }
  }
  swap(array, right, storeIndex);
  return storeIndex;
}
__name(partition, "partition");
function quickSortRange(array, comparator, left, right, sortWindowLeft, sortWindowRight) {
  if (right <= left) {
    return;
  }
  const pivotIndex = Math.floor(Math.random() * (right - left)) + left;
  const pivotNewIndex = partition(array, comparator, left, right, pivotIndex);
  if (sortWindowLeft < pivotNewIndex) {
    quickSortRange(array, comparator, left, pivotNewIndex - 1, sortWindowLeft, sortWindowRight);
  }
  if (pivotNewIndex < sortWindowRight) {
    quickSortRange(array, comparator, pivotNewIndex + 1, right, sortWindowLeft, sortWindowRight);
  }
}
__name(quickSortRange, "quickSortRange");
function sortRange(array, comparator, leftBound, rightBound, sortWindowLeft, sortWindowRight) {
  if (leftBound === 0 && rightBound === array.length - 1 && sortWindowLeft === 0 && sortWindowRight >= rightBound) {
    array.sort(comparator);
  } else {
    quickSortRange(array, comparator, leftBound, rightBound, sortWindowLeft, sortWindowRight);
  }
  return array;
}
__name(sortRange, "sortRange");
var binaryIndexOf = /* @__PURE__ */ __name((array, value, comparator) => {
  const index = lowerBound(array, value, comparator);
  return index < array.length && comparator(value, array[index]) === 0 ? index : -1;
}, "binaryIndexOf");
function mergeOrIntersect(array1, array2, comparator, mergeNotIntersect) {
  const result = [];
  let i = 0;
  let j = 0;
  while (i < array1.length && j < array2.length) {
    const compareValue = comparator(array1[i], array2[j]);
    if (mergeNotIntersect || !compareValue) {
      result.push(compareValue <= 0 ? array1[i] : array2[j]);
    }
    if (compareValue <= 0) {
      i++;
    }
    if (compareValue >= 0) {
      j++;
    }
  }
  if (mergeNotIntersect) {
    while (i < array1.length) {
      result.push(array1[i++]);
    }
    while (j < array2.length) {
      result.push(array2[j++]);
    }
  }
  return result;
}
__name(mergeOrIntersect, "mergeOrIntersect");
var intersectOrdered = /* @__PURE__ */ __name((array1, array2, comparator) => {
  return mergeOrIntersect(array1, array2, comparator, false);
}, "intersectOrdered");
var mergeOrdered = /* @__PURE__ */ __name((array1, array2, comparator) => {
  return mergeOrIntersect(array1, array2, comparator, true);
}, "mergeOrdered");
var DEFAULT_COMPARATOR = /* @__PURE__ */ __name((a, b) => {
  return a < b ? -1 : a > b ? 1 : 0;
}, "DEFAULT_COMPARATOR");
function lowerBound(array, needle, comparator, left, right) {
  let l = left || 0;
  let r = right !== void 0 ? right : array.length;
  while (l < r) {
    const m = l + r >> 1;
    if (comparator(needle, array[m]) > 0) {
      l = m + 1;
    } else {
      r = m;
    }
  }
  return r;
}
__name(lowerBound, "lowerBound");
function upperBound(array, needle, comparator, left, right) {
  let l = left || 0;
  let r = right !== void 0 ? right : array.length;
  while (l < r) {
    const m = l + r >> 1;
    if (comparator(needle, array[m]) >= 0) {
      l = m + 1;
    } else {
      r = m;
    }
  }
  return r;
}
__name(upperBound, "upperBound");
function nearestIndex(arr, predicate, searchStart) {
  const searchFromEnd = searchStart === "END";
  if (arr.length === 0) {
    return null;
  }
  let left = 0;
  let right = arr.length - 1;
  let pivot = 0;
  let matchesPredicate = false;
  let moveToTheRight = false;
  let middle = 0;
  do {
    middle = left + (right - left) / 2;
    pivot = searchFromEnd ? Math.ceil(middle) : Math.floor(middle);
    matchesPredicate = predicate(arr[pivot]);
    moveToTheRight = matchesPredicate === searchFromEnd;
    if (moveToTheRight) {
      left = Math.min(right, pivot + (left === pivot ? 1 : 0));
    } else {
      right = Math.max(left, pivot + (right === pivot ? -1 : 0));
    }
  } while (right !== left);
  if (!predicate(arr[left])) {
    return null;
  }
  return left;
}
__name(nearestIndex, "nearestIndex");
function nearestIndexFromBeginning(arr, predicate) {
  return nearestIndex(
    arr,
    predicate,
    "BEGINNING"
    /* NearestSearchStart.BEGINNING */
  );
}
__name(nearestIndexFromBeginning, "nearestIndexFromBeginning");
function nearestIndexFromEnd(arr, predicate) {
  return nearestIndex(
    arr,
    predicate,
    "END"
    /* NearestSearchStart.END */
  );
}
__name(nearestIndexFromEnd, "nearestIndexFromEnd");
function arrayDoesNotContainNullOrUndefined(arr) {
  return !arr.includes(null) && !arr.includes(void 0);
}
__name(arrayDoesNotContainNullOrUndefined, "arrayDoesNotContainNullOrUndefined");
function assertArrayIsSorted(arr, compareFn) {
  const comparator = compareFn || DEFAULT_COMPARATOR;
  for (let i = 0; i < arr.length - 1; i++) {
    const current = arr[i];
    const next = arr[i + 1];
    if (comparator(current, next) > 0) {
      throw new Error(`Array is not sorted at index ${i}: ${JSON.stringify(current)} > ${JSON.stringify(next)}`);
    }
  }
}
__name(assertArrayIsSorted, "assertArrayIsSorted");

// node_modules/@paulirish/trace_engine/core/platform/HostRuntime.js
var IS_NODE = typeof process !== "undefined" && process.versions?.node !== null;
var IS_BROWSER = (
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore 'window' is not available when type-checking against node.js types.
  typeof window !== "undefined" || typeof self !== "undefined" && typeof self.postMessage === "function"
);

// node_modules/@paulirish/trace_engine/core/platform/MapUtilities.js
var MapUtilities_exports = {};
__export(MapUtilities_exports, {
  Multimap: () => Multimap,
  getWithDefault: () => getWithDefault,
  inverse: () => inverse
});
var inverse = /* @__PURE__ */ __name(function(map) {
  const result = new Multimap();
  for (const [key, value] of map.entries()) {
    result.set(value, key);
  }
  return result;
}, "inverse");
var Multimap = class {
  static {
    __name(this, "Multimap");
  }
  map = /* @__PURE__ */ new Map();
  set(key, value) {
    let set = this.map.get(key);
    if (!set) {
      set = /* @__PURE__ */ new Set();
      this.map.set(key, set);
    }
    set.add(value);
  }
  get(key) {
    return this.map.get(key) || /* @__PURE__ */ new Set();
  }
  has(key) {
    return this.map.has(key);
  }
  hasValue(key, value) {
    const set = this.map.get(key);
    if (!set) {
      return false;
    }
    return set.has(value);
  }
  get size() {
    return this.map.size;
  }
  delete(key, value) {
    const values = this.get(key);
    if (!values) {
      return false;
    }
    const result = values.delete(value);
    if (!values.size) {
      this.map.delete(key);
    }
    return result;
  }
  deleteAll(key) {
    this.map.delete(key);
  }
  keysArray() {
    return [...this.map.keys()];
  }
  keys() {
    return this.map.keys();
  }
  valuesArray() {
    const result = [];
    for (const set of this.map.values()) {
      result.push(...set.values());
    }
    return result;
  }
  clear() {
    this.map.clear();
  }
};
function getWithDefault(map, key, defaultValueFactory) {
  let value = map.get(key);
  if (value === void 0 || value === null) {
    value = defaultValueFactory(key);
    map.set(key, value);
  }
  return value;
}
__name(getWithDefault, "getWithDefault");

// node_modules/@paulirish/trace_engine/core/platform/NumberUtilities.js
var NumberUtilities_exports = {};
__export(NumberUtilities_exports, {
  aspectRatio: () => aspectRatio,
  clamp: () => clamp,
  floor: () => floor,
  greatestCommonDivisor: () => greatestCommonDivisor,
  mod: () => mod,
  toFixedIfFloating: () => toFixedIfFloating,
  withThousandsSeparator: () => withThousandsSeparator
});
var clamp = /* @__PURE__ */ __name((num, min, max) => {
  let clampedNumber = num;
  if (num < min) {
    clampedNumber = min;
  } else if (num > max) {
    clampedNumber = max;
  }
  return clampedNumber;
}, "clamp");
var mod = /* @__PURE__ */ __name((m, n) => {
  return (m % n + n) % n;
}, "mod");
var toFixedIfFloating = /* @__PURE__ */ __name((value) => {
  if (!value || Number.isNaN(Number(value))) {
    return value;
  }
  const number = Number(value);
  return number % 1 ? number.toFixed(3) : String(number);
}, "toFixedIfFloating");
var floor = /* @__PURE__ */ __name((value, precision = 0) => {
  if (precision > 0 && precision < 1) {
    precision = 1 / precision;
    return Math.floor(value / precision) * precision;
  }
  const mult = Math.pow(10, precision);
  return Math.floor(value * mult) / mult;
}, "floor");
var greatestCommonDivisor = /* @__PURE__ */ __name((a, b) => {
  a = Math.round(a);
  b = Math.round(b);
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}, "greatestCommonDivisor");
var commonRatios = /* @__PURE__ */ new Map([
  ["8\u22365", "16\u223610"]
]);
var aspectRatio = /* @__PURE__ */ __name((width, height) => {
  const divisor = greatestCommonDivisor(width, height);
  if (divisor !== 0) {
    width /= divisor;
    height /= divisor;
  }
  const result = `${width}\u2236${height}`;
  return commonRatios.get(result) || result;
}, "aspectRatio");
var withThousandsSeparator = /* @__PURE__ */ __name(function(num) {
  let str = String(num);
  const re = /(\d+)(\d{3})/;
  while (str.match(re)) {
    str = str.replace(re, "$1\xA0$2");
  }
  return str;
}, "withThousandsSeparator");

// node_modules/@paulirish/trace_engine/core/platform/TypescriptUtilities.js
var TypescriptUtilities_exports = {};
__export(TypescriptUtilities_exports, {
  assertNever: () => assertNever,
  assertNotNullOrUndefined: () => assertNotNullOrUndefined,
  assertUnhandled: () => assertUnhandled
});
function assertNotNullOrUndefined(val, message) {
  if (val === null || val === void 0) {
    throw new Error(`Expected given value to not be null/undefined but it was: ${val}${message ? `
${message}` : ""}`);
  }
}
__name(assertNotNullOrUndefined, "assertNotNullOrUndefined");
function assertNever(_type, message) {
  throw new Error(message);
}
__name(assertNever, "assertNever");
function assertUnhandled(_caseVariable) {
  return _caseVariable;
}
__name(assertUnhandled, "assertUnhandled");

// node_modules/@paulirish/trace_engine/models/trace/helpers/Trace.js
var Trace_exports = {};
__export(Trace_exports, {
  VISIBLE_TRACE_EVENT_TYPES: () => VISIBLE_TRACE_EVENT_TYPES,
  activeURLForFrameAtTime: () => activeURLForFrameAtTime,
  addEventToProcessThread: () => addEventToProcessThread,
  compareBeginAndEnd: () => compareBeginAndEnd,
  createMatchedSortedSyntheticEvents: () => createMatchedSortedSyntheticEvents,
  eventContainsTimestamp: () => eventContainsTimestamp,
  eventHasCategory: () => eventHasCategory,
  eventTimeComparator: () => eventTimeComparator,
  extractId: () => extractId,
  extractOriginFromTrace: () => extractOriginFromTrace,
  extractSampleTraceId: () => extractSampleTraceId,
  findNextEventAfterTimestamp: () => findNextEventAfterTimestamp,
  findPreviousEventBeforeTimestamp: () => findPreviousEventBeforeTimestamp,
  findRecalcStyleEvents: () => findRecalcStyleEvents,
  forEachEvent: () => forEachEvent,
  frameIDForEvent: () => frameIDForEvent,
  getNavigationForTraceEvent: () => getNavigationForTraceEvent,
  getStackTraceTopCallFrameInEventPayload: () => getStackTraceTopCallFrameInEventPayload,
  getSyntheticId: () => getSyntheticId,
  getZeroIndexedLineAndColumnForEvent: () => getZeroIndexedLineAndColumnForEvent,
  getZeroIndexedStackTraceInEventPayload: () => getZeroIndexedStackTraceInEventPayload,
  isExtensionUrl: () => isExtensionUrl,
  isMatchingCallFrame: () => isMatchingCallFrame,
  isTopLevelEvent: () => isTopLevelEvent,
  makeProfileCall: () => makeProfileCall,
  makeZeroBasedCallFrame: () => makeZeroBasedCallFrame,
  mergeEventsInOrder: () => mergeEventsInOrder,
  parseDevtoolsDetails: () => parseDevtoolsDetails,
  rawCallFrameForEntry: () => rawCallFrameForEntry,
  sortTraceEventsInPlace: () => sortTraceEventsInPlace,
  stackTraceInEvent: () => stackTraceInEvent
});

// node_modules/@paulirish/trace_engine/models/trace/helpers/SyntheticEvents.js
var SyntheticEvents_exports = {};
__export(SyntheticEvents_exports, {
  SyntheticEventsManager: () => SyntheticEventsManager
});
var activeManager = null;
var SyntheticEventsManager = class _SyntheticEventsManager {
  static {
    __name(this, "SyntheticEventsManager");
  }
  /**
   * All synthetic entries created in a trace from a corresponding trace events.
   * (ProfileCalls are excluded because they are not based on a real trace event)
   */
  #syntheticTraces = [];
  /**
   * All raw entries from a trace.
   */
  #rawTraceEvents = [];
  static activate(manager) {
    activeManager = manager;
  }
  static createAndActivate(rawEvents) {
    const manager = new _SyntheticEventsManager(rawEvents);
    _SyntheticEventsManager.activate(manager);
    return manager;
  }
  static getActiveManager() {
    if (!activeManager) {
      throw new Error("Attempted to get a SyntheticEventsManager without initializing");
    }
    return activeManager;
  }
  static reset() {
    activeManager = null;
  }
  static registerSyntheticEvent(syntheticEvent) {
    try {
      return _SyntheticEventsManager.getActiveManager().#registerSyntheticEvent(syntheticEvent);
    } catch {
      return syntheticEvent;
    }
  }
  constructor(rawEvents) {
    this.#rawTraceEvents = rawEvents;
  }
  /**
   * Registers and returns a branded synthetic event. Synthetic events need to
   * be created with this method to ensure they are registered and made
   * available to load events using serialized keys.
   */
  #registerSyntheticEvent(syntheticEvent) {
    const rawIndex = this.#rawTraceEvents.indexOf(syntheticEvent.rawSourceEvent);
    if (rawIndex < 0) {
      throw new Error("Attempted to register a synthetic event paired to an unknown raw event.");
    }
    const eventAsSynthetic = syntheticEvent;
    this.#syntheticTraces[rawIndex] = eventAsSynthetic;
    return eventAsSynthetic;
  }
  syntheticEventForRawEventIndex(rawEventIndex) {
    const syntheticEvent = this.#syntheticTraces.at(rawEventIndex);
    if (!syntheticEvent) {
      throw new Error(`Attempted to get a synthetic event from an unknown raw event index: ${rawEventIndex}`);
    }
    return syntheticEvent;
  }
  getSyntheticTraces() {
    return this.#syntheticTraces;
  }
  getRawTraceEvents() {
    return this.#rawTraceEvents;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/helpers/Timing.js
var Timing_exports3 = {};
__export(Timing_exports3, {
  boundsIncludeTimeRange: () => boundsIncludeTimeRange,
  combineTraceWindowsMicro: () => combineTraceWindowsMicro,
  eventIsInBounds: () => eventIsInBounds,
  eventTimingsMicroSeconds: () => eventTimingsMicroSeconds,
  eventTimingsMilliSeconds: () => eventTimingsMilliSeconds,
  expandWindowByPercentOrToOneMillisecond: () => expandWindowByPercentOrToOneMillisecond,
  microToMilli: () => microToMilli,
  microToSeconds: () => microToSeconds,
  milliToMicro: () => milliToMicro,
  secondsToMicro: () => secondsToMicro,
  secondsToMilli: () => secondsToMilli,
  timeStampForEventAdjustedByClosestNavigation: () => timeStampForEventAdjustedByClosestNavigation,
  timestampIsInBounds: () => timestampIsInBounds,
  traceWindowFromEvent: () => traceWindowFromEvent,
  traceWindowFromMicroSeconds: () => traceWindowFromMicroSeconds,
  traceWindowFromMilliSeconds: () => traceWindowFromMilliSeconds,
  traceWindowFromOverlay: () => traceWindowFromOverlay,
  traceWindowMicroSecondsToMilliSeconds: () => traceWindowMicroSecondsToMilliSeconds,
  traceWindowMilliSeconds: () => traceWindowMilliSeconds,
  windowFitsInsideBounds: () => windowFitsInsideBounds,
  windowsEqual: () => windowsEqual
});
var milliToMicro = /* @__PURE__ */ __name((value) => Timing_exports.Micro(value * 1e3), "milliToMicro");
var secondsToMilli = /* @__PURE__ */ __name((value) => Timing_exports.Milli(value * 1e3), "secondsToMilli");
var secondsToMicro = /* @__PURE__ */ __name((value) => milliToMicro(secondsToMilli(value)), "secondsToMicro");
var microToMilli = /* @__PURE__ */ __name((value) => Timing_exports.Milli(value / 1e3), "microToMilli");
var microToSeconds = /* @__PURE__ */ __name((value) => Timing_exports.Seconds(value / 1e3 / 1e3), "microToSeconds");
function timeStampForEventAdjustedByClosestNavigation(event, traceBounds2, navigationsByNavigationId2, softNavigationsById2, navigationsByFrameId2) {
  let eventTimeStamp = event.ts - traceBounds2.min;
  if (event.name === TraceEvents_exports.Name.MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION && event.args?.data?.performanceTimelineNavigationId) {
    const navigationForEvent = softNavigationsById2.get(event.args.data.performanceTimelineNavigationId);
    if (navigationForEvent) {
      eventTimeStamp = event.ts - navigationForEvent.ts;
    }
  } else if (event.args?.data?.navigationId) {
    const navigationForEvent = navigationsByNavigationId2.get(event.args.data.navigationId);
    if (navigationForEvent) {
      eventTimeStamp = event.ts - navigationForEvent.ts;
    }
  } else if (event.args?.data?.frame) {
    const navigationForEvent = getNavigationForTraceEvent(event, event.args.data.frame, navigationsByFrameId2);
    if (navigationForEvent) {
      eventTimeStamp = event.ts - navigationForEvent.ts;
    }
  }
  return Timing_exports.Micro(eventTimeStamp);
}
__name(timeStampForEventAdjustedByClosestNavigation, "timeStampForEventAdjustedByClosestNavigation");
function expandWindowByPercentOrToOneMillisecond(annotationWindow, maxTraceWindow, percentage) {
  let newMin = annotationWindow.min - annotationWindow.range * (percentage / 100) / 2;
  let newMax = annotationWindow.max + annotationWindow.range * (percentage / 100) / 2;
  if (newMax - newMin < 1e3) {
    const rangeMiddle = (annotationWindow.min + annotationWindow.max) / 2;
    newMin = rangeMiddle - 500;
    newMax = rangeMiddle + 500;
  }
  newMin = Math.max(newMin, maxTraceWindow.min);
  newMax = Math.min(newMax, maxTraceWindow.max);
  const expandedWindow = {
    min: Timing_exports.Micro(newMin),
    max: Timing_exports.Micro(newMax),
    range: Timing_exports.Micro(newMax - newMin)
  };
  return expandedWindow;
}
__name(expandWindowByPercentOrToOneMillisecond, "expandWindowByPercentOrToOneMillisecond");
function eventTimingsMicroSeconds(event) {
  return {
    startTime: event.ts,
    endTime: event.ts + (event.dur ?? 0),
    duration: event.dur || 0
  };
}
__name(eventTimingsMicroSeconds, "eventTimingsMicroSeconds");
function eventTimingsMilliSeconds(event) {
  return {
    startTime: event.ts / 1e3,
    endTime: (event.ts + (event.dur ?? 0)) / 1e3,
    duration: (event.dur || 0) / 1e3
  };
}
__name(eventTimingsMilliSeconds, "eventTimingsMilliSeconds");
function traceWindowMilliSeconds(bounds) {
  return {
    min: microToMilli(bounds.min),
    max: microToMilli(bounds.max),
    range: microToMilli(bounds.range)
  };
}
__name(traceWindowMilliSeconds, "traceWindowMilliSeconds");
function traceWindowMicroSecondsToMilliSeconds(bounds) {
  return {
    min: microToMilli(bounds.min),
    max: microToMilli(bounds.max),
    range: microToMilli(bounds.range)
  };
}
__name(traceWindowMicroSecondsToMilliSeconds, "traceWindowMicroSecondsToMilliSeconds");
function traceWindowFromMilliSeconds(min, max) {
  const traceWindow = {
    min: milliToMicro(min),
    max: milliToMicro(max),
    range: Timing_exports.Micro(milliToMicro(max) - milliToMicro(min))
  };
  return traceWindow;
}
__name(traceWindowFromMilliSeconds, "traceWindowFromMilliSeconds");
function traceWindowFromMicroSeconds(min, max) {
  const traceWindow = {
    min,
    max,
    range: max - min
  };
  return traceWindow;
}
__name(traceWindowFromMicroSeconds, "traceWindowFromMicroSeconds");
function traceWindowFromEvent(event) {
  return {
    min: event.ts,
    max: event.ts + (event.dur ?? 0),
    range: event.dur ?? 0
  };
}
__name(traceWindowFromEvent, "traceWindowFromEvent");
function traceWindowFromOverlay(overlay) {
  switch (overlay.type) {
    case "ENTRY_LABEL":
    case "ENTRY_OUTLINE":
    case "ENTRY_SELECTED": {
      return traceWindowFromEvent(overlay.entry);
    }
    case "TIMESPAN_BREAKDOWN": {
      const windows = overlay.sections.map((s) => s.bounds);
      if (overlay.entry) {
        windows.push(traceWindowFromEvent(overlay.entry));
      }
      return combineTraceWindowsMicro(windows);
    }
    case "CANDY_STRIPED_TIME_RANGE":
    case "TIME_RANGE": {
      return structuredClone(overlay.bounds);
    }
    case "ENTRIES_LINK": {
      const from = traceWindowFromEvent(overlay.entryFrom);
      if (!overlay.entryTo) {
        return from;
      }
      const to = traceWindowFromEvent(overlay.entryTo);
      return combineTraceWindowsMicro([from, to]);
    }
    case "TIMESTAMP_MARKER":
      return traceWindowFromMicroSeconds(overlay.timestamp, overlay.timestamp);
    case "TIMINGS_MARKER":
      return traceWindowFromMicroSeconds(overlay.adjustedTimestamp, overlay.adjustedTimestamp);
    case "BOTTOM_INFO_BAR":
      return null;
    default:
      TypescriptUtilities_exports.assertNever(overlay, `Unexpected overlay ${overlay}`);
  }
}
__name(traceWindowFromOverlay, "traceWindowFromOverlay");
function combineTraceWindowsMicro(windows) {
  if (!windows.length) {
    return null;
  }
  const result = structuredClone(windows[0]);
  for (const bounds of windows.slice(1)) {
    result.min = Math.min(result.min, bounds.min);
    result.max = Math.max(result.max, bounds.max);
  }
  result.range = result.max - result.min;
  return result;
}
__name(combineTraceWindowsMicro, "combineTraceWindowsMicro");
function boundsIncludeTimeRange(data31) {
  const { min: visibleMin, max: visibleMax } = data31.bounds;
  const { min: rangeMin, max: rangeMax } = data31.timeRange;
  return visibleMin <= rangeMax && visibleMax >= rangeMin;
}
__name(boundsIncludeTimeRange, "boundsIncludeTimeRange");
function eventIsInBounds(event, bounds) {
  const startTime = event.ts;
  return startTime <= bounds.max && bounds.min < startTime + (event.dur ?? 0);
}
__name(eventIsInBounds, "eventIsInBounds");
function timestampIsInBounds(bounds, timestamp) {
  return timestamp >= bounds.min && timestamp <= bounds.max;
}
__name(timestampIsInBounds, "timestampIsInBounds");
function windowFitsInsideBounds(data31) {
  return data31.window.min >= data31.bounds.min && data31.window.max <= data31.bounds.max;
}
__name(windowFitsInsideBounds, "windowFitsInsideBounds");
function windowsEqual(w1, w2) {
  return w1.min === w2.min && w1.max === w2.max;
}
__name(windowsEqual, "windowsEqual");

// node_modules/@paulirish/trace_engine/models/trace/helpers/Trace.js
function stackTraceInEvent(event) {
  if (event.args?.data?.stackTrace) {
    return event.args.data.stackTrace;
  }
  if (event.args?.stackTrace) {
    return event.args.stackTrace;
  }
  if (TraceEvents_exports.isRecalcStyle(event)) {
    return event.args.beginData?.stackTrace || null;
  }
  if (TraceEvents_exports.isLayout(event)) {
    return event.args.beginData.stackTrace ?? null;
  }
  if (TraceEvents_exports.isFunctionCall(event)) {
    const data31 = event.args.data;
    if (!data31) {
      return null;
    }
    const { columnNumber, lineNumber, url, scriptId, functionName } = data31;
    if (lineNumber === void 0 || functionName === void 0 || columnNumber === void 0 || scriptId === void 0 || url === void 0) {
      return null;
    }
    return [{ columnNumber, lineNumber, url, scriptId, functionName }];
  }
  if (TraceEvents_exports.isProfileCall(event)) {
    const callFrame = event.callFrame;
    if (!callFrame) {
      return null;
    }
    const { columnNumber, lineNumber, url, scriptId, functionName } = callFrame;
    if (lineNumber === void 0 || functionName === void 0 || columnNumber === void 0 || scriptId === void 0 || url === void 0) {
      return null;
    }
    return [{ columnNumber, lineNumber, url, scriptId, functionName }];
  }
  return null;
}
__name(stackTraceInEvent, "stackTraceInEvent");
function extractOriginFromTrace(firstNavigationURL) {
  const url = URL.parse(firstNavigationURL);
  if (url) {
    if (url.host.startsWith("www.")) {
      return url.host.slice(4);
    }
    return url.host;
  }
  return null;
}
__name(extractOriginFromTrace, "extractOriginFromTrace");
function addEventToProcessThread(event, eventsInProcessThread2) {
  const { tid, pid } = event;
  let eventsInThread = eventsInProcessThread2.get(pid);
  if (!eventsInThread) {
    eventsInThread = /* @__PURE__ */ new Map();
  }
  let events = eventsInThread.get(tid);
  if (!events) {
    events = [];
  }
  events.push(event);
  eventsInThread.set(event.tid, events);
  eventsInProcessThread2.set(event.pid, eventsInThread);
}
__name(addEventToProcessThread, "addEventToProcessThread");
function compareBeginAndEnd(aBeginTime, bBeginTime, aEndTime, bEndTime) {
  if (aBeginTime < bBeginTime) {
    return -1;
  }
  if (aBeginTime > bBeginTime) {
    return 1;
  }
  if (aEndTime > bEndTime) {
    return -1;
  }
  if (aEndTime < bEndTime) {
    return 1;
  }
  return 0;
}
__name(compareBeginAndEnd, "compareBeginAndEnd");
function eventTimeComparator(a, b) {
  const aBeginTime = a.ts;
  const bBeginTime = b.ts;
  const aDuration = a.dur ?? 0;
  const bDuration = b.dur ?? 0;
  const aEndTime = aBeginTime + aDuration;
  const bEndTime = bBeginTime + bDuration;
  const timeDifference = compareBeginAndEnd(aBeginTime, bBeginTime, aEndTime, bEndTime);
  if (timeDifference) {
    return timeDifference;
  }
  if (TraceEvents_exports.isProfileCall(a) && !TraceEvents_exports.isProfileCall(b)) {
    return -1;
  }
  if (TraceEvents_exports.isProfileCall(b) && !TraceEvents_exports.isProfileCall(a)) {
    return 1;
  }
  return 0;
}
__name(eventTimeComparator, "eventTimeComparator");
function sortTraceEventsInPlace(events) {
  events.sort(eventTimeComparator);
}
__name(sortTraceEventsInPlace, "sortTraceEventsInPlace");
function mergeEventsInOrder(eventsArray1, eventsArray2) {
  const result = [];
  let i = 0;
  let j = 0;
  while (i < eventsArray1.length && j < eventsArray2.length) {
    const event1 = eventsArray1[i];
    const event2 = eventsArray2[j];
    const compareValue = eventTimeComparator(event1, event2);
    if (compareValue <= 0) {
      result.push(event1);
      i++;
    }
    if (compareValue === 1) {
      result.push(event2);
      j++;
    }
  }
  while (i < eventsArray1.length) {
    result.push(eventsArray1[i++]);
  }
  while (j < eventsArray2.length) {
    result.push(eventsArray2[j++]);
  }
  return result;
}
__name(mergeEventsInOrder, "mergeEventsInOrder");
function parseDevtoolsDetails(timingDetail, key) {
  try {
    const detailObj = JSON.parse(timingDetail);
    if (!(key in detailObj)) {
      return null;
    }
    if (!Extensions_exports.isValidExtensionPayload(detailObj[key])) {
      return null;
    }
    return detailObj[key];
  } catch {
    return null;
  }
}
__name(parseDevtoolsDetails, "parseDevtoolsDetails");
function getNavigationForTraceEvent(event, eventFrameId, navigationsByFrameId2) {
  const navigations = navigationsByFrameId2.get(eventFrameId);
  if (!navigations || eventFrameId === "") {
    return null;
  }
  const eventNavigationIndex = ArrayUtilities_exports.nearestIndexFromEnd(navigations, (navigation) => navigation.ts <= event.ts);
  if (eventNavigationIndex === null) {
    return null;
  }
  return navigations[eventNavigationIndex];
}
__name(getNavigationForTraceEvent, "getNavigationForTraceEvent");
function extractId(event) {
  return event.id ?? event.id2?.global ?? event.id2?.local;
}
__name(extractId, "extractId");
function activeURLForFrameAtTime(frameId, time, rendererProcessesByFrame) {
  const processData = rendererProcessesByFrame.get(frameId);
  if (!processData) {
    return null;
  }
  for (const processes2 of processData.values()) {
    for (const processInfo of processes2) {
      if (processInfo.window.min > time || processInfo.window.max < time) {
        continue;
      }
      return processInfo.frame.url;
    }
  }
  return null;
}
__name(activeURLForFrameAtTime, "activeURLForFrameAtTime");
function makeProfileCall(node, profileId, sampleIndex, ts, pid, tid) {
  return {
    cat: "",
    name: "ProfileCall",
    nodeId: node.id,
    args: {},
    ph: TraceEvents_exports.Phase.COMPLETE,
    pid,
    tid,
    ts,
    dur: Timing_exports.Micro(0),
    callFrame: node.callFrame,
    sampleIndex,
    profileId
  };
}
__name(makeProfileCall, "makeProfileCall");
function matchEvents(unpairedEvents) {
  sortTraceEventsInPlace(unpairedEvents);
  const matches = [];
  const beginEventsById = /* @__PURE__ */ new Map();
  const instantEventsById = /* @__PURE__ */ new Map();
  for (const event of unpairedEvents) {
    const id = getSyntheticId(event);
    if (id === void 0) {
      continue;
    }
    if (TraceEvents_exports.isPairableAsyncBegin(event)) {
      const existingEvents = beginEventsById.get(id) ?? [];
      existingEvents.push(event);
      beginEventsById.set(id, existingEvents);
    } else if (TraceEvents_exports.isPairableAsyncInstant(event)) {
      const existingEvents = instantEventsById.get(id) ?? [];
      existingEvents.push(event);
      instantEventsById.set(id, existingEvents);
    } else if (TraceEvents_exports.isPairableAsyncEnd(event)) {
      const beginEventsWithMatchingId = beginEventsById.get(id) ?? [];
      const beginEvent = beginEventsWithMatchingId.pop();
      if (!beginEvent) {
        continue;
      }
      const instantEventsWithMatchingId = instantEventsById.get(id) ?? [];
      const instantEventsForThisGroup = [];
      while (instantEventsWithMatchingId.length > 0) {
        if (instantEventsWithMatchingId[0].ts >= beginEvent.ts) {
          const event2 = instantEventsWithMatchingId.pop();
          if (event2) {
            instantEventsForThisGroup.push(event2);
          }
        } else {
          break;
        }
      }
      const matchingGroup = {
        begin: beginEvent,
        end: event,
        instant: instantEventsForThisGroup,
        syntheticId: id
      };
      matches.push(matchingGroup);
    }
  }
  for (const [id, beginEvents] of beginEventsById) {
    const beginEvent = beginEvents.pop();
    if (!beginEvent) {
      continue;
    }
    const matchingInstantEvents = instantEventsById.get(id);
    if (matchingInstantEvents?.length) {
      matches.push({
        syntheticId: id,
        begin: beginEvent,
        end: null,
        instant: matchingInstantEvents
      });
    }
  }
  return matches;
}
__name(matchEvents, "matchEvents");
function getSyntheticId(event) {
  const id = extractId(event);
  return id && `${event.cat}:${id}:${event.name}`;
}
__name(getSyntheticId, "getSyntheticId");
function createSortedSyntheticEvents(matchedPairs) {
  const syntheticEvents2 = [];
  for (const eventsTriplet of matchedPairs) {
    let eventsArePairable = function(data31) {
      const instantEventsMatch = data31.instantEvents ? data31.instantEvents.some((e) => id === getSyntheticId(e)) : false;
      const endEventMatch = data31.endEvent ? id === getSyntheticId(data31.endEvent) : false;
      return Boolean(id) && (instantEventsMatch || endEventMatch);
    };
    __name(eventsArePairable, "eventsArePairable");
    const id = eventsTriplet.syntheticId;
    const beginEvent = eventsTriplet.begin;
    const endEvent = eventsTriplet.end;
    const instantEvents = eventsTriplet.instant;
    if (!beginEvent || !(endEvent || instantEvents)) {
      continue;
    }
    const triplet = { beginEvent, endEvent, instantEvents };
    if (!eventsArePairable(triplet)) {
      continue;
    }
    const targetEvent = endEvent || beginEvent;
    const event = SyntheticEventsManager.registerSyntheticEvent({
      rawSourceEvent: triplet.beginEvent,
      cat: targetEvent.cat,
      ph: targetEvent.ph,
      pid: targetEvent.pid,
      tid: targetEvent.tid,
      id,
      // Both events have the same name, so it doesn't matter which we pick to
      // use as the description
      name: beginEvent.name,
      dur: Timing_exports.Micro(targetEvent.ts - beginEvent.ts),
      ts: beginEvent.ts,
      args: {
        data: triplet
      }
    });
    if (event.dur < 0) {
      continue;
    }
    syntheticEvents2.push(event);
  }
  sortTraceEventsInPlace(syntheticEvents2);
  return syntheticEvents2;
}
__name(createSortedSyntheticEvents, "createSortedSyntheticEvents");
function createMatchedSortedSyntheticEvents(unpairedAsyncEvents2) {
  const matchedPairs = matchEvents(unpairedAsyncEvents2);
  const syntheticEvents2 = createSortedSyntheticEvents(matchedPairs);
  return syntheticEvents2;
}
__name(createMatchedSortedSyntheticEvents, "createMatchedSortedSyntheticEvents");
function getZeroIndexedLineAndColumnForEvent(event) {
  const numbers = getRawLineAndColumnNumbersForEvent(event);
  const { lineNumber, columnNumber } = numbers;
  switch (event.name) {
    // All these events have line/column numbers which are 1 indexed; so we
    // subtract to make them 0 indexed.
    case TraceEvents_exports.Name.FUNCTION_CALL:
    case TraceEvents_exports.Name.EVALUATE_SCRIPT:
    case TraceEvents_exports.Name.COMPILE:
    case TraceEvents_exports.Name.CACHE_SCRIPT: {
      return {
        lineNumber: typeof lineNumber === "number" ? lineNumber - 1 : void 0,
        columnNumber: typeof columnNumber === "number" ? columnNumber - 1 : void 0
      };
    }
    case TraceEvents_exports.Name.PROFILE_CALL: {
      const callFrame = event.callFrame;
      return {
        lineNumber: typeof lineNumber === "number" ? callFrame.lineNumber - 1 : void 0,
        columnNumber: typeof columnNumber === "number" ? callFrame.columnNumber - 1 : void 0
      };
    }
    default: {
      return numbers;
    }
  }
}
__name(getZeroIndexedLineAndColumnForEvent, "getZeroIndexedLineAndColumnForEvent");
function getZeroIndexedStackTraceInEventPayload(event) {
  const stack = stackTraceInEvent(event);
  if (!stack) {
    return null;
  }
  switch (event.name) {
    case TraceEvents_exports.Name.SCHEDULE_STYLE_RECALCULATION:
    case TraceEvents_exports.Name.INVALIDATE_LAYOUT:
    case TraceEvents_exports.Name.FUNCTION_CALL:
    case TraceEvents_exports.Name.LAYOUT:
    case TraceEvents_exports.Name.RECALC_STYLE: {
      return stack.map(makeZeroBasedCallFrame);
    }
    default: {
      if (TraceEvents_exports.isUserTiming(event) || Extensions_exports.isSyntheticExtensionEntry(event)) {
        return stack.map(makeZeroBasedCallFrame);
      }
      return stack;
    }
  }
}
__name(getZeroIndexedStackTraceInEventPayload, "getZeroIndexedStackTraceInEventPayload");
function getStackTraceTopCallFrameInEventPayload(event) {
  const stack = stackTraceInEvent(event);
  if (!stack || stack.length === 0) {
    return null;
  }
  switch (event.name) {
    case TraceEvents_exports.Name.SCHEDULE_STYLE_RECALCULATION:
    case TraceEvents_exports.Name.INVALIDATE_LAYOUT:
    case TraceEvents_exports.Name.FUNCTION_CALL:
    case TraceEvents_exports.Name.LAYOUT:
    case TraceEvents_exports.Name.RECALC_STYLE: {
      return makeZeroBasedCallFrame(stack[0]);
    }
    default: {
      if (TraceEvents_exports.isUserTiming(event) || Extensions_exports.isSyntheticExtensionEntry(event)) {
        return makeZeroBasedCallFrame(stack[0]);
      }
      return stack[0];
    }
  }
}
__name(getStackTraceTopCallFrameInEventPayload, "getStackTraceTopCallFrameInEventPayload");
function rawCallFrameForEntry(entry) {
  if (TraceEvents_exports.isProfileCall(entry)) {
    return entry.callFrame;
  }
  const topCallFrame = getStackTraceTopCallFrameInEventPayload(entry);
  if (topCallFrame) {
    return topCallFrame;
  }
  return null;
}
__name(rawCallFrameForEntry, "rawCallFrameForEntry");
function makeZeroBasedCallFrame(callFrame) {
  const normalizedCallFrame = { ...callFrame };
  normalizedCallFrame.lineNumber = callFrame.lineNumber && callFrame.lineNumber - 1;
  normalizedCallFrame.columnNumber = callFrame.columnNumber && callFrame.columnNumber - 1;
  return normalizedCallFrame;
}
__name(makeZeroBasedCallFrame, "makeZeroBasedCallFrame");
function getRawLineAndColumnNumbersForEvent(event) {
  if (!event.args?.data) {
    return {};
  }
  let lineNumber = void 0;
  let columnNumber = void 0;
  if ("lineNumber" in event.args.data && typeof event.args.data.lineNumber === "number") {
    lineNumber = event.args.data.lineNumber;
  }
  if ("columnNumber" in event.args.data && typeof event.args.data.columnNumber === "number") {
    columnNumber = event.args.data.columnNumber;
  }
  return { lineNumber, columnNumber };
}
__name(getRawLineAndColumnNumbersForEvent, "getRawLineAndColumnNumbersForEvent");
function frameIDForEvent(event) {
  if (event.args && "beginData" in event.args && typeof event.args.beginData === "object" && event.args.beginData !== null && "frame" in event.args.beginData && typeof event.args.beginData.frame === "string") {
    return event.args.beginData.frame;
  }
  if (event.args?.data?.frame) {
    return event.args.data.frame;
  }
  return null;
}
__name(frameIDForEvent, "frameIDForEvent");
var DevToolsTimelineEventCategory = "disabled-by-default-devtools.timeline";
function isTopLevelEvent(event) {
  return event.cat.includes(DevToolsTimelineEventCategory) && event.name === TraceEvents_exports.Name.RUN_TASK;
}
__name(isTopLevelEvent, "isTopLevelEvent");
function isExtensionUrl(url) {
  return url.startsWith("extensions:") || url.startsWith("chrome-extension:");
}
__name(isExtensionUrl, "isExtensionUrl");
function topLevelEventIndexEndingAfter(events, time) {
  let index = ArrayUtilities_exports.upperBound(events, time, (time2, event) => time2 - event.ts) - 1;
  while (index > 0 && !isTopLevelEvent(events[index])) {
    index--;
  }
  return Math.max(index, 0);
}
__name(topLevelEventIndexEndingAfter, "topLevelEventIndexEndingAfter");
function findRecalcStyleEvents(events, startTime, endTime) {
  const foundEvents = [];
  const startEventIndex = topLevelEventIndexEndingAfter(events, startTime);
  for (let i = startEventIndex; i < events.length; i++) {
    const event = events[i];
    if (!TraceEvents_exports.isRecalcStyle(event)) {
      continue;
    }
    if (event.ts >= (endTime || Infinity)) {
      continue;
    }
    foundEvents.push(event);
  }
  return foundEvents;
}
__name(findRecalcStyleEvents, "findRecalcStyleEvents");
function findNextEventAfterTimestamp(candidates, ts) {
  const index = ArrayUtilities_exports.nearestIndexFromBeginning(candidates, (candidate) => ts < candidate.ts);
  return index === null ? null : candidates[index];
}
__name(findNextEventAfterTimestamp, "findNextEventAfterTimestamp");
function findPreviousEventBeforeTimestamp(candidates, ts) {
  const index = ArrayUtilities_exports.nearestIndexFromEnd(candidates, (candidate) => candidate.ts < ts);
  return index === null ? null : candidates[index];
}
__name(findPreviousEventBeforeTimestamp, "findPreviousEventBeforeTimestamp");
function forEachEvent(events, config3) {
  const globalStartTime = config3.startTime ?? Timing_exports.Micro(0);
  const globalEndTime = config3.endTime || Timing_exports.Micro(Infinity);
  const ignoreAsyncEvents = config3.ignoreAsyncEvents === false ? false : true;
  const stack = [];
  const startEventIndex = topLevelEventIndexEndingAfter(events, globalStartTime);
  for (let i = startEventIndex; i < events.length; i++) {
    const currentEvent = events[i];
    const currentEventTimings = eventTimingsMicroSeconds(currentEvent);
    if (currentEventTimings.endTime < globalStartTime) {
      continue;
    }
    if (currentEventTimings.startTime > globalEndTime) {
      break;
    }
    const isIgnoredAsyncEvent = ignoreAsyncEvents && TraceEvents_exports.isPhaseAsync(currentEvent.ph);
    if (isIgnoredAsyncEvent || TraceEvents_exports.isFlowPhase(currentEvent.ph)) {
      continue;
    }
    let lastEventOnStack = stack.at(-1);
    let lastEventEndTime = lastEventOnStack ? eventTimingsMicroSeconds(lastEventOnStack).endTime : null;
    while (lastEventOnStack && lastEventEndTime && lastEventEndTime <= currentEventTimings.startTime) {
      stack.pop();
      config3.onEndEvent(lastEventOnStack);
      lastEventOnStack = stack.at(-1);
      lastEventEndTime = lastEventOnStack ? eventTimingsMicroSeconds(lastEventOnStack).endTime : null;
    }
    if (config3.eventFilter && !config3.eventFilter(currentEvent)) {
      continue;
    }
    if (currentEventTimings.duration) {
      config3.onStartEvent(currentEvent);
      stack.push(currentEvent);
    } else if (config3.onInstantEvent) {
      config3.onInstantEvent(currentEvent);
    }
  }
  while (stack.length) {
    const last = stack.pop();
    if (last) {
      config3.onEndEvent(last);
    }
  }
}
__name(forEachEvent, "forEachEvent");
var parsedCategories = /* @__PURE__ */ new Map();
function eventHasCategory(event, category) {
  let parsedCategoriesForEvent = parsedCategories.get(event.cat);
  if (!parsedCategoriesForEvent) {
    parsedCategoriesForEvent = new Set(event.cat.split(",") || []);
  }
  return parsedCategoriesForEvent.has(category);
}
__name(eventHasCategory, "eventHasCategory");
function isMatchingCallFrame(eventFrame, nodeFrame) {
  return eventFrame.columnNumber === nodeFrame.columnNumber && eventFrame.lineNumber === nodeFrame.lineNumber && String(eventFrame.scriptId) === nodeFrame.scriptId && eventFrame.url === nodeFrame.url && eventFrame.functionName === nodeFrame.functionName;
}
__name(isMatchingCallFrame, "isMatchingCallFrame");
function eventContainsTimestamp(event, ts) {
  return event.ts <= ts && event.ts + (event.dur || 0) >= ts;
}
__name(eventContainsTimestamp, "eventContainsTimestamp");
function extractSampleTraceId(event) {
  if (!event.args) {
    return null;
  }
  if ("beginData" in event.args) {
    const beginData = event.args["beginData"];
    return beginData.sampleTraceId ?? null;
  }
  return event.args?.sampleTraceId ?? event.args?.data?.sampleTraceId ?? null;
}
__name(extractSampleTraceId, "extractSampleTraceId");
var VISIBLE_TRACE_EVENT_TYPES = /* @__PURE__ */ new Set([
  TraceEvents_exports.Name.ABORT_POST_TASK_CALLBACK,
  TraceEvents_exports.Name.ANIMATION,
  TraceEvents_exports.Name.ASYNC_TASK,
  TraceEvents_exports.Name.BACKGROUND_DESERIALIZE,
  TraceEvents_exports.Name.CACHE_MODULE,
  TraceEvents_exports.Name.CACHE_SCRIPT,
  TraceEvents_exports.Name.CANCEL_ANIMATION_FRAME,
  TraceEvents_exports.Name.CANCEL_IDLE_CALLBACK,
  TraceEvents_exports.Name.COMMIT,
  TraceEvents_exports.Name.COMPILE_CODE,
  TraceEvents_exports.Name.COMPILE_MODULE,
  TraceEvents_exports.Name.COMPILE,
  TraceEvents_exports.Name.COMPOSITE_LAYERS,
  TraceEvents_exports.Name.COMPUTE_INTERSECTION,
  TraceEvents_exports.Name.CONSOLE_TIME,
  TraceEvents_exports.Name.CPPGC_SWEEP,
  TraceEvents_exports.Name.CRYPTO_DO_DECRYPT_REPLY,
  TraceEvents_exports.Name.CRYPTO_DO_DECRYPT,
  TraceEvents_exports.Name.CRYPTO_DO_DIGEST_REPLY,
  TraceEvents_exports.Name.CRYPTO_DO_DIGEST,
  TraceEvents_exports.Name.CRYPTO_DO_ENCRYPT_REPLY,
  TraceEvents_exports.Name.CRYPTO_DO_ENCRYPT,
  TraceEvents_exports.Name.CRYPTO_DO_SIGN_REPLY,
  TraceEvents_exports.Name.CRYPTO_DO_SIGN,
  TraceEvents_exports.Name.CRYPTO_DO_VERIFY_REPLY,
  TraceEvents_exports.Name.CRYPTO_DO_VERIFY,
  TraceEvents_exports.Name.DECODE_IMAGE,
  TraceEvents_exports.Name.EMBEDDER_CALLBACK,
  TraceEvents_exports.Name.EVALUATE_MODULE,
  TraceEvents_exports.Name.EVALUATE_SCRIPT,
  TraceEvents_exports.Name.EVENT_DISPATCH,
  TraceEvents_exports.Name.EVENT_TIMING,
  TraceEvents_exports.Name.FINALIZE_DESERIALIZATION,
  TraceEvents_exports.Name.FIRE_ANIMATION_FRAME,
  TraceEvents_exports.Name.FIRE_IDLE_CALLBACK,
  TraceEvents_exports.Name.FUNCTION_CALL,
  TraceEvents_exports.Name.GC_COLLECT_GARBARGE,
  TraceEvents_exports.Name.GC,
  TraceEvents_exports.Name.GPU_TASK,
  TraceEvents_exports.Name.HANDLE_POST_MESSAGE,
  TraceEvents_exports.Name.HIT_TEST,
  TraceEvents_exports.Name.JS_SAMPLE,
  TraceEvents_exports.Name.LAYERIZE,
  TraceEvents_exports.Name.LAYOUT,
  TraceEvents_exports.Name.MAJOR_GC,
  TraceEvents_exports.Name.MINOR_GC,
  TraceEvents_exports.Name.OPTIMIZE_CODE,
  TraceEvents_exports.Name.PAINT_SETUP,
  TraceEvents_exports.Name.PAINT,
  TraceEvents_exports.Name.PARSE_AUTHOR_STYLE_SHEET,
  TraceEvents_exports.Name.PARSE_HTML,
  TraceEvents_exports.Name.PRE_PAINT,
  TraceEvents_exports.Name.PROFILE_CALL,
  TraceEvents_exports.Name.PROGRAM,
  TraceEvents_exports.Name.RASTER_TASK,
  TraceEvents_exports.Name.REQUEST_ANIMATION_FRAME,
  TraceEvents_exports.Name.REQUEST_IDLE_CALLBACK,
  TraceEvents_exports.Name.RESOURCE_FINISH,
  TraceEvents_exports.Name.RESOURCE_RECEIVE_DATA,
  TraceEvents_exports.Name.RESOURCE_RECEIVE_RESPONSE,
  TraceEvents_exports.Name.RESOURCE_SEND_REQUEST,
  TraceEvents_exports.Name.RESOURCE_WILL_SEND_REQUEST,
  TraceEvents_exports.Name.RUN_MICROTASKS,
  TraceEvents_exports.Name.RUN_POST_TASK_CALLBACK,
  TraceEvents_exports.Name.RUN_TASK,
  TraceEvents_exports.Name.SCHEDULE_POST_MESSAGE,
  TraceEvents_exports.Name.SCHEDULE_POST_TASK_CALLBACK,
  TraceEvents_exports.Name.SCHEDULE_STYLE_RECALCULATION,
  TraceEvents_exports.Name.SCROLL_LAYER,
  TraceEvents_exports.Name.START_PROFILING,
  TraceEvents_exports.Name.STREAMING_COMPILE_SCRIPT_PARSING,
  TraceEvents_exports.Name.STREAMING_COMPILE_SCRIPT_WAITING,
  TraceEvents_exports.Name.STREAMING_COMPILE_SCRIPT,
  TraceEvents_exports.Name.SYNTHETIC_LAYOUT_SHIFT_CLUSTER,
  TraceEvents_exports.Name.SYNTHETIC_LAYOUT_SHIFT,
  TraceEvents_exports.Name.TIME_STAMP,
  TraceEvents_exports.Name.TIMER_FIRE,
  TraceEvents_exports.Name.TIMER_INSTALL,
  TraceEvents_exports.Name.TIMER_REMOVE,
  TraceEvents_exports.Name.UPDATE_LAYER_TREE,
  TraceEvents_exports.Name.RECALC_STYLE,
  TraceEvents_exports.Name.USER_TIMING,
  TraceEvents_exports.Name.V8_CONSOLE_RUN_TASK,
  TraceEvents_exports.Name.WASM_CACHED_MODULE,
  TraceEvents_exports.Name.WASM_COMPILED_MODULE,
  TraceEvents_exports.Name.WASM_MODULE_CACHE_HIT,
  TraceEvents_exports.Name.WASM_MODULE_CACHE_INVALID,
  TraceEvents_exports.Name.WASM_STREAM_FROM_RESPONSE_CALLBACK,
  TraceEvents_exports.Name.WEB_SOCKET_CREATE,
  TraceEvents_exports.Name.WEB_SOCKET_DESTROY,
  TraceEvents_exports.Name.WEB_SOCKET_RECEIVE_HANDSHAKE_REQUEST,
  TraceEvents_exports.Name.WEB_SOCKET_RECEIVE,
  TraceEvents_exports.Name.WEB_SOCKET_SEND_HANDSHAKE_REQUEST,
  TraceEvents_exports.Name.WEB_SOCKET_SEND,
  TraceEvents_exports.Name.XHR_LOAD,
  TraceEvents_exports.Name.XHR_READY_STATE_CHANGED
]);

// node_modules/@paulirish/trace_engine/models/trace/helpers/TreeHelpers.js
var TreeHelpers_exports = {};
__export(TreeHelpers_exports, {
  canBuildTreesFromEvents: () => canBuildTreesFromEvents,
  makeEmptyTraceEntryNode: () => makeEmptyTraceEntryNode,
  makeEmptyTraceEntryTree: () => makeEmptyTraceEntryTree,
  makeTraceEntryNodeId: () => makeTraceEntryNodeId,
  treify: () => treify,
  walkEntireTree: () => walkEntireTree,
  walkTreeFromEntry: () => walkTreeFromEntry
});
var nodeIdCount = 0;
var makeTraceEntryNodeId = /* @__PURE__ */ __name(() => ++nodeIdCount, "makeTraceEntryNodeId");
var makeEmptyTraceEntryTree = /* @__PURE__ */ __name(() => ({
  roots: /* @__PURE__ */ new Set(),
  maxDepth: 0
}), "makeEmptyTraceEntryTree");
var makeEmptyTraceEntryNode = /* @__PURE__ */ __name((entry, id) => ({
  entry,
  id,
  parent: null,
  children: [],
  depth: 0
}), "makeEmptyTraceEntryNode");
function treify(entries, options) {
  const entryToNode4 = /* @__PURE__ */ new Map();
  const stack = [];
  nodeIdCount = -1;
  const tree = makeEmptyTraceEntryTree();
  for (let i = 0; i < entries.length; i++) {
    const event = entries[i];
    if (options && !options.filter.has(event.name)) {
      continue;
    }
    const duration = event.dur || 0;
    const nodeId = makeTraceEntryNodeId();
    const node = makeEmptyTraceEntryNode(event, nodeId);
    if (stack.length === 0) {
      tree.roots.add(node);
      node.selfTime = Timing_exports.Micro(duration);
      stack.push(node);
      tree.maxDepth = Math.max(tree.maxDepth, stack.length);
      entryToNode4.set(event, node);
      continue;
    }
    const parentNode = stack.at(-1);
    if (parentNode === void 0) {
      throw new Error("Impossible: no parent node found in the stack");
    }
    const parentEvent = parentNode.entry;
    const begin = event.ts;
    const parentBegin = parentEvent.ts;
    const parentDuration = parentEvent.dur || 0;
    const end = begin + duration;
    const parentEnd = parentBegin + parentDuration;
    const startsBeforeParent = begin < parentBegin;
    if (startsBeforeParent) {
      throw new Error("Impossible: current event starts before the parent event");
    }
    const startsAfterParent = begin >= parentEnd;
    if (startsAfterParent) {
      stack.pop();
      i--;
      nodeIdCount--;
      continue;
    }
    const endsAfterParent = end > parentEnd;
    if (endsAfterParent) {
      continue;
    }
    node.depth = stack.length;
    node.parent = parentNode;
    parentNode.children.push(node);
    node.selfTime = Timing_exports.Micro(duration);
    if (parentNode.selfTime !== void 0) {
      parentNode.selfTime = Timing_exports.Micro(parentNode.selfTime - (event.dur || 0));
    }
    stack.push(node);
    tree.maxDepth = Math.max(tree.maxDepth, stack.length);
    entryToNode4.set(event, node);
  }
  return { tree, entryToNode: entryToNode4 };
}
__name(treify, "treify");
function walkTreeFromEntry(entryToNode4, rootEntry, onEntryStart, onEntryEnd) {
  const startNode = entryToNode4.get(rootEntry);
  if (!startNode) {
    return;
  }
  walkTreeByNode(entryToNode4, startNode, onEntryStart, onEntryEnd);
}
__name(walkTreeFromEntry, "walkTreeFromEntry");
function walkEntireTree(entryToNode4, tree, onEntryStart, onEntryEnd, traceWindowToInclude, minDuration) {
  for (const rootNode of tree.roots) {
    walkTreeByNode(entryToNode4, rootNode, onEntryStart, onEntryEnd, traceWindowToInclude, minDuration);
  }
}
__name(walkEntireTree, "walkEntireTree");
function walkTreeByNode(entryToNode4, rootNode, onEntryStart, onEntryEnd, traceWindowToInclude, minDuration) {
  if (traceWindowToInclude && !treeNodeIsInWindow(rootNode, traceWindowToInclude)) {
    return;
  }
  if (typeof minDuration !== "undefined") {
    const duration = Timing_exports.Micro(rootNode.entry.ts + Timing_exports.Micro(rootNode.entry.dur ?? 0));
    if (duration < minDuration) {
      return;
    }
  }
  onEntryStart(rootNode.entry);
  for (const child of rootNode.children) {
    walkTreeByNode(entryToNode4, child, onEntryStart, onEntryEnd, traceWindowToInclude, minDuration);
  }
  onEntryEnd(rootNode.entry);
}
__name(walkTreeByNode, "walkTreeByNode");
function treeNodeIsInWindow(node, traceWindow) {
  return eventIsInBounds(node.entry, traceWindow);
}
__name(treeNodeIsInWindow, "treeNodeIsInWindow");
function canBuildTreesFromEvents(events) {
  const stack = [];
  for (const event of events) {
    const startTime = event.ts;
    const endTime = event.ts + (event.dur ?? 0);
    let parent = stack.at(-1);
    if (parent === void 0) {
      stack.push(event);
      continue;
    }
    let parentEndTime = parent.ts + (parent.dur ?? 0);
    while (stack.length && startTime >= parentEndTime) {
      stack.pop();
      parent = stack.at(-1);
      if (parent === void 0) {
        break;
      }
      parentEndTime = parent.ts + (parent.dur ?? 0);
    }
    if (stack.length && endTime > parentEndTime) {
      return false;
    }
    stack.push(event);
  }
  return true;
}
__name(canBuildTreesFromEvents, "canBuildTreesFromEvents");

// node_modules/@paulirish/trace_engine/models/trace/helpers/Extensions.js
function buildTrackDataFromExtensionEntries(extensionEntries, extensionTrackData2, entryToNode4) {
  const dataByTrack = /* @__PURE__ */ new Map();
  for (const entry of extensionEntries) {
    const key = entry.devtoolsObj.trackGroup || `track-name-${entry.devtoolsObj.track}`;
    const batchedData = MapUtilities_exports.getWithDefault(dataByTrack, key, () => ({
      name: entry.devtoolsObj.trackGroup || entry.devtoolsObj.track,
      isTrackGroup: Boolean(entry.devtoolsObj.trackGroup),
      entriesByTrack: { [entry.devtoolsObj.track]: [] }
    }));
    if (!batchedData.entriesByTrack[entry.devtoolsObj.track]) {
      batchedData.entriesByTrack[entry.devtoolsObj.track] = [];
    }
    const entriesInTrack = batchedData.entriesByTrack[entry.devtoolsObj.track];
    entriesInTrack.push(entry);
  }
  for (const trackData of dataByTrack.values()) {
    for (const entries of Object.values(trackData.entriesByTrack)) {
      sortTraceEventsInPlace(entries);
      if (canBuildTreesFromEvents(entries)) {
        for (const [entry, node] of treify(entries).entryToNode) {
          entryToNode4.set(entry, node);
        }
      }
    }
    extensionTrackData2.push(trackData);
  }
  return { extensionTrackData: extensionTrackData2, entryToNode: entryToNode4 };
}
__name(buildTrackDataFromExtensionEntries, "buildTrackDataFromExtensionEntries");

// node_modules/@paulirish/trace_engine/models/trace/helpers/Network.js
var Network_exports = {};
__export(Network_exports, {
  CACHEABLE_STATUS_CODES: () => CACHEABLE_STATUS_CODES,
  NON_NETWORK_SCHEMES: () => NON_NETWORK_SCHEMES,
  STATIC_RESOURCE_TYPES: () => STATIC_RESOURCE_TYPES,
  isSyntheticNetworkRequestEventRenderBlocking: () => isSyntheticNetworkRequestEventRenderBlocking,
  isSyntheticNetworkRequestHighPriority: () => isSyntheticNetworkRequestHighPriority,
  isSyntheticNetworkRequestLocalhost: () => isSyntheticNetworkRequestLocalhost,
  parseCacheControl: () => parseCacheControl
});
var NON_RENDER_BLOCKING_VALUES = /* @__PURE__ */ new Set([
  "non_blocking",
  "dynamically_injected_non_blocking",
  "potentially_blocking"
]);
function isSyntheticNetworkRequestEventRenderBlocking(event) {
  return !NON_RENDER_BLOCKING_VALUES.has(event.args.data.renderBlocking);
}
__name(isSyntheticNetworkRequestEventRenderBlocking, "isSyntheticNetworkRequestEventRenderBlocking");
var HIGH_NETWORK_PRIORITIES = /* @__PURE__ */ new Set([
  "VeryHigh",
  "High",
  "Medium"
]);
function isSyntheticNetworkRequestHighPriority(event) {
  return HIGH_NETWORK_PRIORITIES.has(event.args.data.priority);
}
__name(isSyntheticNetworkRequestHighPriority, "isSyntheticNetworkRequestHighPriority");
var CACHEABLE_STATUS_CODES = /* @__PURE__ */ new Set([200, 203, 206]);
var STATIC_RESOURCE_TYPES = /* @__PURE__ */ new Set([
  "Font",
  "Image",
  "Media",
  "Script",
  "Stylesheet"
]);
var NON_NETWORK_SCHEMES = [
  "blob",
  // @see https://developer.mozilla.org/en-US/docs/Web/API/URL/createObjectURL
  "data",
  // @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URIs
  "intent",
  // @see https://developer.chrome.com/docs/multidevice/android/intents/
  "file",
  // @see https://en.wikipedia.org/wiki/File_URI_scheme
  "filesystem",
  // @see https://developer.mozilla.org/en-US/docs/Web/API/FileSystem
  "chrome-extension"
];
function parseCacheControl(header) {
  if (!header) {
    return null;
  }
  const directives = header.split(",").map((directive) => directive.trim());
  const cacheControlOptions = {};
  for (const directive of directives) {
    const [key, value] = directive.split("=").map((part) => part.trim());
    switch (key) {
      case "max-age": {
        const maxAge = parseInt(value, 10);
        if (!isNaN(maxAge)) {
          cacheControlOptions["max-age"] = maxAge;
        }
        break;
      }
      case "no-cache":
        cacheControlOptions["no-cache"] = true;
        break;
      case "no-store":
        cacheControlOptions["no-store"] = true;
        break;
      case "must-revalidate":
        cacheControlOptions["must-revalidate"] = true;
        break;
      case "private":
        cacheControlOptions["private"] = true;
        break;
      default:
        break;
    }
  }
  return cacheControlOptions;
}
__name(parseCacheControl, "parseCacheControl");
var SECURE_LOCALHOST_DOMAINS = ["localhost", "127.0.0.1"];
function isSyntheticNetworkRequestLocalhost(event) {
  try {
    const hostname = new URL(event.args.data.url).hostname;
    return SECURE_LOCALHOST_DOMAINS.includes(hostname) || hostname.endsWith(".localhost");
  } catch {
    return false;
  }
}
__name(isSyntheticNetworkRequestLocalhost, "isSyntheticNetworkRequestLocalhost");

// node_modules/@paulirish/trace_engine/models/trace/helpers/SamplesIntegrator.js
var SamplesIntegrator_exports = {};
__export(SamplesIntegrator_exports, {
  SamplesIntegrator: () => SamplesIntegrator
});
var _a;
var SamplesIntegrator = class {
  static {
    __name(this, "SamplesIntegrator");
  }
  /**
   * The result of running the samples integrator. Holds the JS calls
   * with their approximated duration after integrating samples into the
   * trace event tree.
   */
  #constructedProfileCalls = [];
  /**
   * tracks the state of the JS stack at each point in time to update
   * the profile call durations as new events arrive. This doesn't only
   * happen with new profile calls (in which case we would compare the
   * stack in them) but also with trace events (in which case we would
   * update the duration of the events we are tracking at the moment).
   */
  #currentJSStack = [];
  /**
   * Process holding the CPU profile and trace events.
   */
  #processId;
  /**
   * Thread holding the CPU profile and trace events.
   */
  #threadId;
  /**
   * Tracks the depth of the JS stack at the moment a trace event starts
   * or ends. It is assumed that for the duration of a trace event, the
   * JS stack's depth cannot decrease, since JS calls that started
   * before a trace event cannot end during the trace event. So as trace
   * events arrive, we store the "locked" amount of JS frames that were
   * in the stack before the event came.
   */
  #lockedJsStackDepth = [];
  /**
   * Used to keep track when samples should be integrated even if they
   * are not children of invocation trace events. This is useful in
   * cases where we can be missing the start of JS invocation events if
   * we start tracing half-way through.
   */
  #fakeJSInvocation = false;
  /**
   * The parsed CPU profile, holding the tree hierarchy of JS frames and
   * the sample data.
   */
  #profileModel;
  /**
   * Because GC nodes don't have a stack, we artificially add a stack to
   * them which corresponds to that of the previous sample. This map
   * tracks which node is used for the stack of a GC call.
   * Note that GC samples are not shown in the flamechart, however they
   * are used during the construction of for profile calls, as we can
   * infer information about the duration of the executed code when a
   * GC node is sampled.
   */
  #nodeForGC = /* @__PURE__ */ new Map();
  #engineConfig;
  #profileId;
  /**
   * Keeps track of the individual samples from the CPU Profile.
   * Only used with Debug Mode experiment enabled.
   */
  jsSampleEvents = [];
  constructor(profileModel, profileId, pid, tid, configuration) {
    this.#profileModel = profileModel;
    this.#threadId = tid;
    this.#processId = pid;
    this.#engineConfig = configuration || Configuration_exports.defaults();
    this.#profileId = profileId;
  }
  buildProfileCalls(traceEvents) {
    const mergedEvents = mergeEventsInOrder(traceEvents, this.callsFromProfileSamples());
    const stack = [];
    for (let i = 0; i < mergedEvents.length; i++) {
      const event = mergedEvents[i];
      if (event.ph === TraceEvents_exports.Phase.INSTANT && !extractSampleTraceId(event)) {
        continue;
      }
      if (stack.length === 0) {
        if (TraceEvents_exports.isProfileCall(event)) {
          this.#onProfileCall(event);
          continue;
        }
        stack.push(event);
        this.#onTraceEventStart(event);
        continue;
      }
      const parentEvent = stack.at(-1);
      if (parentEvent === void 0) {
        continue;
      }
      const begin = event.ts;
      const parentBegin = parentEvent.ts;
      const parentDuration = parentEvent.dur || 0;
      const parentEnd = parentBegin + parentDuration;
      const startsAfterParent = begin >= parentEnd;
      if (startsAfterParent) {
        this.#onTraceEventEnd(parentEvent);
        stack.pop();
        i--;
        continue;
      }
      if (TraceEvents_exports.isProfileCall(event)) {
        this.#onProfileCall(event, parentEvent);
        continue;
      }
      this.#onTraceEventStart(event);
      stack.push(event);
    }
    while (stack.length) {
      const last = stack.pop();
      if (last) {
        this.#onTraceEventEnd(last);
      }
    }
    sortTraceEventsInPlace(this.jsSampleEvents);
    return this.#constructedProfileCalls;
  }
  #onTraceEventStart(event) {
    if (event.name === TraceEvents_exports.Name.RUN_MICROTASKS || event.name === TraceEvents_exports.Name.RUN_TASK) {
      this.#lockedJsStackDepth = [];
      this.#truncateJSStack(0, event.ts);
      this.#fakeJSInvocation = false;
    }
    if (this.#fakeJSInvocation) {
      this.#truncateJSStack(this.#lockedJsStackDepth.pop() || 0, event.ts);
      this.#fakeJSInvocation = false;
    }
    this.#extractStackTrace(event);
    this.#lockedJsStackDepth.push(this.#currentJSStack.length);
  }
  #onProfileCall(event, parent) {
    if (parent && TraceEvents_exports.isJSInvocationEvent(parent) || this.#fakeJSInvocation) {
      this.#extractStackTrace(event);
    } else if (TraceEvents_exports.isProfileCall(event) && this.#currentJSStack.length === 0) {
      this.#fakeJSInvocation = true;
      const stackDepthBefore = this.#currentJSStack.length;
      this.#extractStackTrace(event);
      this.#lockedJsStackDepth.push(stackDepthBefore);
    }
  }
  #onTraceEventEnd(event) {
    const endTime = Timing_exports.Micro(event.ts + (event.dur ?? 0));
    this.#truncateJSStack(this.#lockedJsStackDepth.pop() || 0, endTime);
  }
  /**
   * Builds the initial calls with no duration from samples. Their
   * purpose is to be merged with the trace event array being parsed so
   * that they can be traversed in order with them and their duration
   * can be updated as the SampleIntegrator callbacks are invoked.
   */
  callsFromProfileSamples() {
    const samples = this.#profileModel.samples;
    const timestamps = this.#profileModel.timestamps;
    if (!samples) {
      return [];
    }
    const calls = [];
    let prevNode;
    for (let i = 0; i < samples.length; i++) {
      const node = this.#profileModel.nodeByIndex(i);
      const timestamp = milliToMicro(Timing_exports.Milli(timestamps[i]));
      if (!node) {
        continue;
      }
      const call = makeProfileCall(node, this.#profileId, i, timestamp, this.#processId, this.#threadId);
      calls.push(call);
      if (this.#engineConfig.debugMode) {
        const traceId = this.#profileModel.traceIds?.[i];
        this.jsSampleEvents.push(this.#makeJSSampleEvent(call, timestamp, traceId));
      }
      if (node.id === this.#profileModel.gcNode?.id && prevNode) {
        this.#nodeForGC.set(call, prevNode);
        continue;
      }
      prevNode = node;
    }
    return calls;
  }
  /**
   * Given a synthetic profile call, returns an array of profile calls
   * representing the stack trace that profile call belongs to based on
   * its nodeId. The input profile call will be at the top of the
   * returned stack (last position), meaning that any other frames that
   * were effectively above it are omitted.
   * @param profileCall
   * @param overrideTimeStamp a custom timestamp to use for the returned
   * profile calls. If not defined, the timestamp of the input
   * profileCall is used instead. This param is useful for example when
   * creating the profile calls for a sample with a trace id, since the
   * timestamp of the corresponding trace event should be used instead
   * of the sample's.
   */
  #makeProfileCallsForStack(profileCall, overrideTimeStamp) {
    let node = this.#profileModel.nodeById(profileCall.nodeId);
    const isGarbageCollection = node?.id === this.#profileModel.gcNode?.id;
    if (isGarbageCollection) {
      node = this.#nodeForGC.get(profileCall) || null;
    }
    if (!node) {
      return [];
    }
    const callFrames = new Array(node.depth + 1 + Number(isGarbageCollection));
    let i = callFrames.length - 1;
    if (isGarbageCollection) {
      callFrames[i--] = profileCall;
    }
    while (node) {
      callFrames[i--] = makeProfileCall(node, profileCall.profileId, profileCall.sampleIndex, overrideTimeStamp ?? profileCall.ts, this.#processId, this.#threadId);
      node = node.parent;
    }
    return callFrames;
  }
  #getStackForSampleTraceId(traceId, timestamp) {
    const nodeId = this.#profileModel.traceIds?.[traceId];
    const node = nodeId && this.#profileModel.nodeById(nodeId);
    const maybeCallForTraceId = node && makeProfileCall(node, this.#profileId, -1, timestamp, this.#processId, this.#threadId);
    if (!maybeCallForTraceId) {
      return null;
    }
    if (this.#engineConfig.debugMode) {
      this.jsSampleEvents.push(this.#makeJSSampleEvent(maybeCallForTraceId, timestamp, traceId));
    }
    return this.#makeProfileCallsForStack(maybeCallForTraceId);
  }
  /**
   * Update tracked stack using this event's call stack.
   */
  #extractStackTrace(event) {
    let stackTrace = this.#currentJSStack;
    if (TraceEvents_exports.isProfileCall(event)) {
      stackTrace = this.#makeProfileCallsForStack(event);
    }
    const traceId = extractSampleTraceId(event);
    const maybeCallForTraceId = traceId && this.#getStackForSampleTraceId(traceId, event.ts);
    if (maybeCallForTraceId) {
      stackTrace = maybeCallForTraceId;
    }
    _a.filterStackFrames(stackTrace, this.#engineConfig);
    const endTime = event.ts + (event.dur || 0);
    const minFrames = Math.min(stackTrace.length, this.#currentJSStack.length);
    let i;
    for (i = this.#lockedJsStackDepth.at(-1) || 0; i < minFrames; ++i) {
      const newFrame = stackTrace[i].callFrame;
      const oldFrame = this.#currentJSStack[i].callFrame;
      if (!_a.framesAreEqual(newFrame, oldFrame)) {
        break;
      }
      this.#currentJSStack[i].dur = Timing_exports.Micro(Math.max(this.#currentJSStack[i].dur || 0, endTime - this.#currentJSStack[i].ts));
    }
    this.#truncateJSStack(i, event.ts);
    for (; i < stackTrace.length; ++i) {
      const call = stackTrace[i];
      if (call.nodeId === this.#profileModel.programNode?.id || call.nodeId === this.#profileModel.root?.id || call.nodeId === this.#profileModel.idleNode?.id || call.nodeId === this.#profileModel.gcNode?.id) {
        continue;
      }
      this.#currentJSStack.push(call);
      this.#constructedProfileCalls.push(call);
    }
  }
  /**
   * When a call stack that differs from the one we are tracking has
   * been detected in the samples, the latter is "truncated" by
   * setting the ending time of its call frames and removing the top
   * call frames that aren't shared with the new call stack. This way,
   * we can update the tracked stack with the new call frames on top.
   * @param depth the amount of call frames from bottom to top that
   * should be kept in the tracking stack trace. AKA amount of shared
   * call frames between two stacks.
   * @param time the new end of the call frames in the stack.
   */
  #truncateJSStack(depth, time) {
    if (this.#lockedJsStackDepth.length) {
      const lockedDepth = this.#lockedJsStackDepth.at(-1);
      if (lockedDepth && depth < lockedDepth) {
        console.error(`Child stack is shallower (${depth}) than the parent stack (${lockedDepth}) at ${time}`);
        depth = lockedDepth;
      }
    }
    if (this.#currentJSStack.length < depth) {
      console.error(`Trying to truncate higher than the current stack size at ${time}`);
      depth = this.#currentJSStack.length;
    }
    for (let k = 0; k < this.#currentJSStack.length; ++k) {
      this.#currentJSStack[k].dur = Timing_exports.Micro(Math.max(time - this.#currentJSStack[k].ts, 0));
    }
    this.#currentJSStack.length = depth;
  }
  #makeJSSampleEvent(call, timestamp, traceId) {
    const JSSampleEvent = {
      name: TraceEvents_exports.Name.JS_SAMPLE,
      cat: "devtools.timeline",
      args: {
        data: { traceId, stackTrace: this.#makeProfileCallsForStack(call).map((e) => e.callFrame) }
      },
      ph: TraceEvents_exports.Phase.INSTANT,
      ts: timestamp,
      dur: Timing_exports.Micro(0),
      pid: this.#processId,
      tid: this.#threadId
    };
    return JSSampleEvent;
  }
  static framesAreEqual(frame1, frame2) {
    return frame1.scriptId === frame2.scriptId && frame1.functionName === frame2.functionName && frame1.lineNumber === frame2.lineNumber;
  }
  static showNativeName(name, runtimeCallStatsEnabled) {
    return runtimeCallStatsEnabled && Boolean(_a.nativeGroup(name));
  }
  static nativeGroup(nativeName) {
    if (nativeName.startsWith("Parse")) {
      return _a.NativeGroups.PARSE;
    }
    if (nativeName.startsWith("Compile") || nativeName.startsWith("Recompile")) {
      return _a.NativeGroups.COMPILE;
    }
    return null;
  }
  static isNativeRuntimeFrame(frame) {
    return frame.url === "native V8Runtime";
  }
  static filterStackFrames(stack, engineConfig) {
    const showAllEvents = engineConfig.showAllEvents;
    if (showAllEvents) {
      return;
    }
    let j = 0;
    for (let i = 0; i < stack.length; ++i) {
      const frame = stack[i].callFrame;
      const nativeRuntimeFrame = _a.isNativeRuntimeFrame(frame);
      if (nativeRuntimeFrame) {
        continue;
      }
      stack[j++] = stack[i];
    }
    stack.length = j;
  }
  static createFakeTraceFromCpuProfile(profile, tid) {
    if (!profile) {
      return { traceEvents: [], metadata: {} };
    }
    const cpuProfileEvent = {
      cat: "disabled-by-default-devtools.timeline",
      name: TraceEvents_exports.Name.CPU_PROFILE,
      ph: TraceEvents_exports.Phase.COMPLETE,
      pid: TraceEvents_exports.ProcessID(1),
      tid,
      ts: Timing_exports.Micro(profile.startTime),
      dur: Timing_exports.Micro(profile.endTime - profile.startTime),
      args: { data: { cpuProfile: profile } },
      // Create an arbitrary profile id.
      id: "0x1"
    };
    return {
      traceEvents: [cpuProfileEvent],
      metadata: {
        dataOrigin: File_exports.DataOrigin.CPU_PROFILE
      }
    };
  }
  static extractCpuProfileFromFakeTrace(traceEvents) {
    const profileEvent = traceEvents.find((e) => TraceEvents_exports.isSyntheticCpuProfile(e));
    const profile = profileEvent?.args.data.cpuProfile;
    if (!profile) {
      throw new Error("Missing cpuProfile data");
    }
    return profile;
  }
};
_a = SamplesIntegrator;
(function(SamplesIntegrator2) {
  let NativeGroups;
  (function(NativeGroups2) {
    NativeGroups2["COMPILE"] = "Compile";
    NativeGroups2["PARSE"] = "Parse";
  })(NativeGroups = SamplesIntegrator2.NativeGroups || (SamplesIntegrator2.NativeGroups = {}));
})(SamplesIntegrator || (SamplesIntegrator = {}));

// node_modules/@paulirish/trace_engine/models/trace/handlers/AnimationFramesHandler.js
function threadKey(data31) {
  return `${data31.pid}-${data31.tid}`;
}
__name(threadKey, "threadKey");
var animationFrameStarts = /* @__PURE__ */ new Map();
var animationFrameEnds = /* @__PURE__ */ new Map();
var animationFramePresentations = /* @__PURE__ */ new Map();
var animationFrames = [];
var presentationForFrame = /* @__PURE__ */ new Map();
function reset() {
  animationFrameStarts = /* @__PURE__ */ new Map();
  animationFrameEnds = /* @__PURE__ */ new Map();
  animationFrames = [];
  presentationForFrame = /* @__PURE__ */ new Map();
  animationFramePresentations = /* @__PURE__ */ new Map();
  isEnabled = false;
}
__name(reset, "reset");
var isEnabled = false;
function handleUserConfig(config3) {
  isEnabled = config3.enableAnimationsFrameHandler;
}
__name(handleUserConfig, "handleUserConfig");
function handleEvent(event) {
  if (!isEnabled) {
    return;
  }
  if (TraceEvents_exports.isAnimationFrameAsyncStart(event)) {
    const key = threadKey(event);
    const existing = animationFrameStarts.get(key) ?? [];
    existing.push(event);
    animationFrameStarts.set(key, existing);
  } else if (TraceEvents_exports.isAnimationFrameAsyncEnd(event)) {
    const key = threadKey(event);
    const existing = animationFrameEnds.get(key) ?? [];
    existing.push(event);
    animationFrameEnds.set(key, existing);
  } else if (TraceEvents_exports.isAnimationFramePresentation(event) && event.args?.id) {
    animationFramePresentations.set(event.args.id, event);
  }
}
__name(handleEvent, "handleEvent");
async function finalize() {
  for (const [key, startEvents] of animationFrameStarts.entries()) {
    const endEvents = animationFrameEnds.get(key);
    if (!endEvents) {
      continue;
    }
    Trace_exports.sortTraceEventsInPlace(startEvents);
    Trace_exports.sortTraceEventsInPlace(endEvents);
    for (let i = 0; i < startEvents.length; i++) {
      const endEvent = endEvents.at(i);
      if (!endEvent) {
        break;
      }
      const startEvent = startEvents[i];
      const syntheticEvent = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
        rawSourceEvent: startEvent,
        ...startEvent,
        dur: Timing_exports.Micro(endEvent.ts - startEvent.ts),
        args: {
          data: {
            beginEvent: startEvent,
            endEvent
          }
        }
      });
      animationFrames.push(syntheticEvent);
      const id = startEvent.args?.id;
      if (id) {
        const presentationEvent = animationFramePresentations.get(id);
        if (presentationEvent) {
          presentationForFrame.set(syntheticEvent, presentationEvent);
        }
      }
    }
  }
}
__name(finalize, "finalize");
function data() {
  return {
    animationFrames,
    presentationForFrame
  };
}
__name(data, "data");
function deps() {
  return ["Meta"];
}
__name(deps, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/AnimationHandler.js
var AnimationHandler_exports = {};
__export(AnimationHandler_exports, {
  data: () => data2,
  finalize: () => finalize2,
  handleEvent: () => handleEvent2,
  reset: () => reset2
});
var animations = [];
var animationsSyntheticEvents = [];
function reset2() {
  animations = [];
  animationsSyntheticEvents = [];
}
__name(reset2, "reset");
function handleEvent2(event) {
  if (TraceEvents_exports.isAnimation(event)) {
    animations.push(event);
    return;
  }
}
__name(handleEvent2, "handleEvent");
async function finalize2() {
  const syntheticEvents2 = Trace_exports.createMatchedSortedSyntheticEvents(animations);
  animationsSyntheticEvents.push(...syntheticEvents2);
}
__name(finalize2, "finalize");
function data2() {
  return {
    animations: animationsSyntheticEvents
  };
}
__name(data2, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/AsyncJSCallsHandler.js
var AsyncJSCallsHandler_exports = {};
__export(AsyncJSCallsHandler_exports, {
  data: () => data9,
  deps: () => deps4,
  finalize: () => finalize9,
  handleEvent: () => handleEvent9,
  reset: () => reset9
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/FlowsHandler.js
var FlowsHandler_exports = {};
__export(FlowsHandler_exports, {
  data: () => data3,
  finalize: () => finalize3,
  handleEvent: () => handleEvent3,
  reset: () => reset3
});
var flowDataByGroupToken = /* @__PURE__ */ new Map();
var boundFlowData = /* @__PURE__ */ new Map();
var flowsById = /* @__PURE__ */ new Map();
var flowEvents = [];
var nonFlowEvents = [];
var flows = [];
var ID_COMPONENT_SEPARATOR = "-$-";
function reset3() {
  flows = [];
  flowEvents = [];
  nonFlowEvents = [];
  flowDataByGroupToken = /* @__PURE__ */ new Map();
  boundFlowData = /* @__PURE__ */ new Map();
  flowsById = /* @__PURE__ */ new Map();
}
__name(reset3, "reset");
function handleEvent3(event) {
  if (TraceEvents_exports.isFlowPhaseEvent(event)) {
    flowEvents.push(event);
    return;
  }
  nonFlowEvents.push(event);
}
__name(handleEvent3, "handleEvent");
function processNonFlowEvent(event) {
  const flowDataForEvent = boundFlowData.get(event.ts)?.get(event.pid)?.get(event.tid)?.get(event.cat);
  if (!flowDataForEvent) {
    return;
  }
  const { flows: flows2, bindingParsed } = flowDataForEvent;
  if (bindingParsed) {
    return;
  }
  for (const flowId of flows2) {
    const flow = MapUtilities_exports.getWithDefault(flowsById, flowId, () => /* @__PURE__ */ new Map());
    flow.set(event.ts, event);
  }
  flowDataForEvent.bindingParsed = true;
}
__name(processNonFlowEvent, "processNonFlowEvent");
function processFlowEvent(flowPhaseEvent) {
  const flowGroup = flowGroupTokenForFlowPhaseEvent(flowPhaseEvent);
  switch (flowPhaseEvent.ph) {
    case TraceEvents_exports.Phase.FLOW_START: {
      const flowMetadata = { flowId: flowPhaseEvent.id, times: /* @__PURE__ */ new Map([[flowPhaseEvent.ts, void 0]]) };
      flowDataByGroupToken.set(flowGroup, flowPhaseEvent.id);
      addFlowIdToEventBinding(flowPhaseEvent, flowMetadata.flowId);
      return;
    }
    case TraceEvents_exports.Phase.FLOW_STEP: {
      const flowId = flowDataByGroupToken.get(flowGroup);
      if (flowId === void 0) {
        return;
      }
      addFlowIdToEventBinding(flowPhaseEvent, flowId);
      return;
    }
    case TraceEvents_exports.Phase.FLOW_END: {
      const flowId = flowDataByGroupToken.get(flowGroup);
      if (flowId === void 0) {
        return;
      }
      addFlowIdToEventBinding(flowPhaseEvent, flowId);
      flowDataByGroupToken.delete(flowGroup);
    }
  }
}
__name(processFlowEvent, "processFlowEvent");
function addFlowIdToEventBinding(event, flowId) {
  const flowsByPid = MapUtilities_exports.getWithDefault(boundFlowData, event.ts, () => /* @__PURE__ */ new Map());
  const flowsByTid = MapUtilities_exports.getWithDefault(flowsByPid, event.pid, () => /* @__PURE__ */ new Map());
  const flowsByCat = MapUtilities_exports.getWithDefault(flowsByTid, event.tid, () => /* @__PURE__ */ new Map());
  const flowData = MapUtilities_exports.getWithDefault(flowsByCat, event.cat, () => ({ flows: /* @__PURE__ */ new Set(), bindingParsed: false }));
  flowData.flows.add(flowId);
}
__name(addFlowIdToEventBinding, "addFlowIdToEventBinding");
function flowGroupTokenForFlowPhaseEvent(event) {
  return `${event.cat}${ID_COMPONENT_SEPARATOR}${event.name}${ID_COMPONENT_SEPARATOR}${event.id}`;
}
__name(flowGroupTokenForFlowPhaseEvent, "flowGroupTokenForFlowPhaseEvent");
async function finalize3() {
  flowEvents.forEach(processFlowEvent);
  nonFlowEvents.forEach(processNonFlowEvent);
  flows = [...flowsById.values()].map((flowMapping) => [...flowMapping.values()]).map((flow) => flow.filter((event) => event !== void 0)).filter((flow) => flow.length > 1);
}
__name(finalize3, "finalize");
function data3() {
  return {
    flows
  };
}
__name(data3, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/RendererHandler.js
var RendererHandler_exports = {};
__export(RendererHandler_exports, {
  assignIsMainFrame: () => assignIsMainFrame,
  assignMeta: () => assignMeta,
  assignOrigin: () => assignOrigin,
  assignThreadName: () => assignThreadName,
  buildHierarchy: () => buildHierarchy,
  data: () => data8,
  deps: () => deps3,
  finalize: () => finalize8,
  handleEvent: () => handleEvent8,
  handleUserConfig: () => handleUserConfig2,
  makeCompleteEvent: () => makeCompleteEvent,
  reset: () => reset8,
  sanitizeProcesses: () => sanitizeProcesses,
  sanitizeThreads: () => sanitizeThreads
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/AuctionWorkletsHandler.js
var AuctionWorkletsHandler_exports = {};
__export(AuctionWorkletsHandler_exports, {
  data: () => data4,
  finalize: () => finalize4,
  handleEvent: () => handleEvent4,
  reset: () => reset4
});
var runningInProcessEvents = /* @__PURE__ */ new Map();
var doneWithProcessEvents = /* @__PURE__ */ new Map();
var createdSyntheticEvents = /* @__PURE__ */ new Map();
var utilityThreads = /* @__PURE__ */ new Map();
var v8HelperThreads = /* @__PURE__ */ new Map();
function reset4() {
  runningInProcessEvents = /* @__PURE__ */ new Map();
  doneWithProcessEvents = /* @__PURE__ */ new Map();
  createdSyntheticEvents = /* @__PURE__ */ new Map();
  utilityThreads = /* @__PURE__ */ new Map();
  v8HelperThreads = /* @__PURE__ */ new Map();
}
__name(reset4, "reset");
function handleEvent4(event) {
  if (TraceEvents_exports.isAuctionWorkletRunningInProcess(event)) {
    runningInProcessEvents.set(event.args.data.pid, event);
    return;
  }
  if (TraceEvents_exports.isAuctionWorkletDoneWithProcess(event)) {
    doneWithProcessEvents.set(event.args.data.pid, event);
    return;
  }
  if (TraceEvents_exports.isThreadName(event)) {
    if (event.args.name === "auction_worklet.CrUtilityMain") {
      utilityThreads.set(event.pid, event);
      return;
    }
    if (event.args.name === "AuctionV8HelperThread") {
      v8HelperThreads.set(event.pid, event);
    }
  }
}
__name(handleEvent4, "handleEvent");
function workletType(input) {
  switch (input) {
    case "seller":
      return TraceEvents_exports.AuctionWorkletType.SELLER;
    case "bidder":
      return TraceEvents_exports.AuctionWorkletType.BIDDER;
    default:
      return TraceEvents_exports.AuctionWorkletType.UNKNOWN;
  }
}
__name(workletType, "workletType");
function makeSyntheticEventBase(event) {
  return SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
    rawSourceEvent: event,
    name: "SyntheticAuctionWorklet",
    s: TraceEvents_exports.Scope.THREAD,
    cat: event.cat,
    tid: event.tid,
    ts: event.ts,
    ph: TraceEvents_exports.Phase.INSTANT,
    pid: event.args.data.pid,
    host: event.args.data.host,
    target: event.args.data.target,
    type: workletType(event.args.data.type)
  });
}
__name(makeSyntheticEventBase, "makeSyntheticEventBase");
async function finalize4() {
  for (const [pid, utilityThreadNameEvent] of utilityThreads) {
    const v8HelperEvent = v8HelperThreads.get(pid);
    if (!v8HelperEvent) {
      continue;
    }
    const runningEvent = runningInProcessEvents.get(pid);
    const doneWithEvent = doneWithProcessEvents.get(pid);
    let syntheticEvent = null;
    if (runningEvent) {
      syntheticEvent = {
        ...makeSyntheticEventBase(runningEvent),
        args: {
          data: {
            runningInProcessEvent: runningEvent,
            utilityThread: utilityThreadNameEvent,
            v8HelperThread: v8HelperEvent
          }
        }
      };
      if (doneWithEvent) {
        syntheticEvent.args.data.doneWithProcessEvent = doneWithEvent;
      }
    } else if (doneWithEvent) {
      syntheticEvent = {
        ...makeSyntheticEventBase(doneWithEvent),
        args: {
          data: {
            doneWithProcessEvent: doneWithEvent,
            utilityThread: utilityThreadNameEvent,
            v8HelperThread: v8HelperEvent
          }
        }
      };
      if (runningEvent) {
        syntheticEvent.args.data.runningInProcessEvent = runningEvent;
      }
    }
    if (syntheticEvent === null) {
      continue;
    }
    createdSyntheticEvents.set(pid, syntheticEvent);
  }
}
__name(finalize4, "finalize");
function data4() {
  return {
    worklets: createdSyntheticEvents
  };
}
__name(data4, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/MetaHandler.js
var MetaHandler_exports = {};
__export(MetaHandler_exports, {
  data: () => data5,
  finalize: () => finalize5,
  handleEvent: () => handleEvent5,
  reset: () => reset5
});
var config;
var rendererProcessesByFrameId = /* @__PURE__ */ new Map();
var mainFrameId = "";
var mainFrameURL = "";
var framesByProcessId = /* @__PURE__ */ new Map();
var browserProcessId = TraceEvents_exports.ProcessID(-1);
var browserThreadId = TraceEvents_exports.ThreadID(-1);
var gpuProcessId = TraceEvents_exports.ProcessID(-1);
var gpuThreadId = TraceEvents_exports.ThreadID(-1);
var viewportRect = null;
var devicePixelRatio = null;
var processNames = /* @__PURE__ */ new Map();
var topLevelRendererIds = /* @__PURE__ */ new Set();
function makeNewTraceBounds() {
  return {
    min: Timing_exports.Micro(Number.POSITIVE_INFINITY),
    max: Timing_exports.Micro(Number.NEGATIVE_INFINITY),
    range: Timing_exports.Micro(Number.POSITIVE_INFINITY)
  };
}
__name(makeNewTraceBounds, "makeNewTraceBounds");
var traceBounds = makeNewTraceBounds();
var navigationsByFrameId = /* @__PURE__ */ new Map();
var navigationsByNavigationId = /* @__PURE__ */ new Map();
var softNavigationsById = /* @__PURE__ */ new Map();
var finalDisplayUrlByNavigationId = /* @__PURE__ */ new Map();
var mainFrameNavigations = [];
var threadsInProcess = /* @__PURE__ */ new Map();
var traceStartedTimeFromTracingStartedEvent = Timing_exports.Micro(-1);
var eventPhasesOfInterestForTraceBounds = /* @__PURE__ */ new Set([
  TraceEvents_exports.Phase.BEGIN,
  TraceEvents_exports.Phase.END,
  TraceEvents_exports.Phase.COMPLETE,
  TraceEvents_exports.Phase.INSTANT
]);
var traceIsGeneric = true;
var CHROME_WEB_TRACE_EVENTS = /* @__PURE__ */ new Set([
  TraceEvents_exports.Name.TRACING_STARTED_IN_PAGE,
  TraceEvents_exports.Name.TRACING_SESSION_ID_FOR_WORKER,
  TraceEvents_exports.Name.TRACING_STARTED_IN_BROWSER,
  TraceEvents_exports.Name.CPU_PROFILE
]);
function reset5() {
  navigationsByFrameId = /* @__PURE__ */ new Map();
  navigationsByNavigationId = /* @__PURE__ */ new Map();
  softNavigationsById = /* @__PURE__ */ new Map();
  finalDisplayUrlByNavigationId = /* @__PURE__ */ new Map();
  processNames = /* @__PURE__ */ new Map();
  mainFrameNavigations = [];
  browserProcessId = TraceEvents_exports.ProcessID(-1);
  browserThreadId = TraceEvents_exports.ThreadID(-1);
  gpuProcessId = TraceEvents_exports.ProcessID(-1);
  gpuThreadId = TraceEvents_exports.ThreadID(-1);
  viewportRect = null;
  topLevelRendererIds = /* @__PURE__ */ new Set();
  threadsInProcess = /* @__PURE__ */ new Map();
  rendererProcessesByFrameId = /* @__PURE__ */ new Map();
  framesByProcessId = /* @__PURE__ */ new Map();
  traceBounds = makeNewTraceBounds();
  traceStartedTimeFromTracingStartedEvent = Timing_exports.Micro(-1);
  traceIsGeneric = true;
}
__name(reset5, "reset");
function updateRendererProcessByFrame(event, frame) {
  const framesInProcessById = MapUtilities_exports.getWithDefault(framesByProcessId, frame.processId, () => /* @__PURE__ */ new Map());
  framesInProcessById.set(frame.frame, frame);
  const rendererProcessInFrame = MapUtilities_exports.getWithDefault(rendererProcessesByFrameId, frame.frame, () => /* @__PURE__ */ new Map());
  const rendererProcessInfo = MapUtilities_exports.getWithDefault(rendererProcessInFrame, frame.processId, () => {
    return [];
  });
  const lastProcessData = rendererProcessInfo.at(-1);
  if (lastProcessData && lastProcessData.frame.url === frame.url) {
    return;
  }
  rendererProcessInfo.push({
    frame,
    window: {
      min: event.ts,
      max: Timing_exports.Micro(0),
      range: Timing_exports.Micro(0)
    }
  });
}
__name(updateRendererProcessByFrame, "updateRendererProcessByFrame");
function handleEvent5(event) {
  if (traceIsGeneric && CHROME_WEB_TRACE_EVENTS.has(event.name)) {
    traceIsGeneric = false;
  }
  if (TraceEvents_exports.isProcessName(event)) {
    processNames.set(event.pid, event);
  }
  if (event.ts !== 0 && !event.name.endsWith("::UMA") && eventPhasesOfInterestForTraceBounds.has(event.ph)) {
    traceBounds.min = Timing_exports.Micro(Math.min(event.ts, traceBounds.min));
    const eventDuration = event.dur ?? Timing_exports.Micro(0);
    traceBounds.max = Timing_exports.Micro(Math.max(event.ts + eventDuration, traceBounds.max));
  }
  if (TraceEvents_exports.isProcessName(event) && (event.args.name === "Browser" || event.args.name === "HeadlessBrowser")) {
    browserProcessId = event.pid;
    return;
  }
  if (TraceEvents_exports.isProcessName(event) && (event.args.name === "Gpu" || event.args.name === "GPU Process")) {
    gpuProcessId = event.pid;
    return;
  }
  if (TraceEvents_exports.isThreadName(event) && event.args.name === "CrGpuMain") {
    gpuThreadId = event.tid;
    return;
  }
  if (TraceEvents_exports.isThreadName(event) && event.args.name === "CrBrowserMain") {
    browserThreadId = event.tid;
  }
  if (TraceEvents_exports.isMainFrameViewport(event) && viewportRect === null) {
    const rectAsArray = event.args.data.viewport_rect;
    const viewportX = rectAsArray[0];
    const viewportY = rectAsArray[1];
    const viewportWidth = rectAsArray[2];
    const viewportHeight = rectAsArray[5];
    viewportRect = { x: viewportX, y: viewportY, width: viewportWidth, height: viewportHeight };
    devicePixelRatio = event.args.data.dpr;
  }
  if (TraceEvents_exports.isTracingStartedInBrowser(event)) {
    traceStartedTimeFromTracingStartedEvent = event.ts;
    if (!event.args.data) {
      throw new Error("No frames found in trace data");
    }
    for (const frame of event.args.data.frames ?? []) {
      updateRendererProcessByFrame(event, frame);
      if (!frame.parent) {
        topLevelRendererIds.add(frame.processId);
      }
      const traceHasPrimaryMainFrameFlag = "isInPrimaryMainFrame" in frame;
      const traceHasOutermostMainFrameFlag = "isOutermostMainFrame" in frame;
      if (traceHasPrimaryMainFrameFlag && traceHasOutermostMainFrameFlag) {
        if (frame.isInPrimaryMainFrame && frame.isOutermostMainFrame) {
          mainFrameId = frame.frame;
          mainFrameURL = frame.url;
        }
      } else if (traceHasOutermostMainFrameFlag) {
        if (frame.isOutermostMainFrame) {
          mainFrameId = frame.frame;
          mainFrameURL = frame.url;
        }
      } else if (!frame.parent && frame.url) {
        mainFrameId = frame.frame;
        mainFrameURL = frame.url;
      }
    }
    return;
  }
  if (TraceEvents_exports.isFrameCommittedInBrowser(event)) {
    const frame = event.args.data;
    if (!frame) {
      return;
    }
    updateRendererProcessByFrame(event, frame);
    if (frame.parent) {
      return;
    }
    topLevelRendererIds.add(frame.processId);
    return;
  }
  if (TraceEvents_exports.isCommitLoad(event)) {
    const frameData = event.args.data;
    if (!frameData) {
      return;
    }
    const { frame, name, url } = frameData;
    updateRendererProcessByFrame(event, { processId: event.pid, frame, name, url });
    return;
  }
  if (TraceEvents_exports.isThreadName(event)) {
    const threads = MapUtilities_exports.getWithDefault(threadsInProcess, event.pid, () => /* @__PURE__ */ new Map());
    threads.set(event.tid, event);
    return;
  }
  if (TraceEvents_exports.isNavigationStart(event) && event.args.data) {
    const navigationId = event.args.data.navigationId;
    if (navigationsByNavigationId.has(navigationId)) {
      return;
    }
    navigationsByNavigationId.set(navigationId, event);
    finalDisplayUrlByNavigationId.set(navigationId, event.args.data.documentLoaderURL);
    const frameId = event.args.frame;
    const existingFrameNavigations = navigationsByFrameId.get(frameId) || [];
    existingFrameNavigations.push(event);
    navigationsByFrameId.set(frameId, existingFrameNavigations);
    if (frameId === mainFrameId) {
      mainFrameNavigations.push(event);
    }
    return;
  }
  if (TraceEvents_exports.isSoftNavigationStart(event)) {
    softNavigationsById.set(event.args.context.performanceTimelineNavigationId, event);
  }
  if (TraceEvents_exports.isResourceSendRequest(event)) {
    if (event.args.data.resourceType !== "Document") {
      return;
    }
    const maybeNavigationId = event.args.data.requestId;
    const navigation = navigationsByNavigationId.get(maybeNavigationId);
    if (!navigation) {
      return;
    }
    finalDisplayUrlByNavigationId.set(maybeNavigationId, event.args.data.url);
    return;
  }
  if (TraceEvents_exports.isDidCommitSameDocumentNavigation(event)) {
    if (event.args.render_frame_host.frame_type !== "PRIMARY_MAIN_FRAME") {
      return;
    }
    const navigation = mainFrameNavigations.at(-1);
    const key = navigation?.args.data?.navigationId ?? "";
    finalDisplayUrlByNavigationId.set(key, event.args.url);
    return;
  }
}
__name(handleEvent5, "handleEvent");
async function finalize5(options) {
  config = { showAllEvents: Boolean(options?.showAllEvents) };
  if (traceStartedTimeFromTracingStartedEvent >= 0) {
    traceBounds.min = traceStartedTimeFromTracingStartedEvent;
  }
  traceBounds.range = Timing_exports.Micro(traceBounds.max - traceBounds.min);
  for (const [, processWindows] of rendererProcessesByFrameId) {
    const processWindowValues = [...processWindows.values()].flat().sort((a, b) => {
      return a.window.min - b.window.min;
    });
    for (let i = 0; i < processWindowValues.length; i++) {
      const currentWindow = processWindowValues[i];
      const nextWindow = processWindowValues[i + 1];
      if (!nextWindow) {
        currentWindow.window.max = Timing_exports.Micro(traceBounds.max);
        currentWindow.window.range = Timing_exports.Micro(traceBounds.max - currentWindow.window.min);
      } else {
        currentWindow.window.max = Timing_exports.Micro(nextWindow.window.min - 1);
        currentWindow.window.range = Timing_exports.Micro(currentWindow.window.max - currentWindow.window.min);
      }
    }
  }
  for (const [frameId, navigations] of navigationsByFrameId) {
    if (rendererProcessesByFrameId.has(frameId)) {
      continue;
    }
    navigationsByFrameId.delete(frameId);
    for (const navigation of navigations) {
      if (!navigation.args.data) {
        continue;
      }
      navigationsByNavigationId.delete(navigation.args.data.navigationId);
    }
  }
  const firstMainFrameNav = mainFrameNavigations.at(0);
  const firstNavTimeThreshold = Timing_exports3.secondsToMicro(Timing_exports.Seconds(0.5));
  if (firstMainFrameNav) {
    const navigationIsWithinThreshold = firstMainFrameNav.ts - traceBounds.min < firstNavTimeThreshold;
    if (firstMainFrameNav.args.data?.isOutermostMainFrame && firstMainFrameNav.args.data?.documentLoaderURL && navigationIsWithinThreshold) {
      mainFrameURL = firstMainFrameNav.args.data.documentLoaderURL;
    }
  }
}
__name(finalize5, "finalize");
function data5() {
  return {
    config,
    traceBounds,
    browserProcessId,
    browserThreadId,
    processNames,
    gpuProcessId,
    gpuThreadId: gpuThreadId === TraceEvents_exports.ThreadID(-1) ? void 0 : gpuThreadId,
    viewportRect: viewportRect || void 0,
    devicePixelRatio: devicePixelRatio ?? void 0,
    mainFrameId,
    mainFrameURL,
    navigationsByFrameId,
    navigationsByNavigationId,
    softNavigationsById,
    finalDisplayUrlByNavigationId,
    threadsInProcess,
    rendererProcessesByFrame: rendererProcessesByFrameId,
    topLevelRendererIds,
    frameByProcessId: framesByProcessId,
    mainFrameNavigations,
    traceIsGeneric
  };
}
__name(data5, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/NetworkRequestsHandler.js
var NetworkRequestsHandler_exports = {};
__export(NetworkRequestsHandler_exports, {
  data: () => data6,
  deps: () => deps2,
  finalize: () => finalize6,
  handleEvent: () => handleEvent6,
  reset: () => reset6
});
var MILLISECONDS_TO_MICROSECONDS = 1e3;
var SECONDS_TO_MICROSECONDS = 1e6;
var webSocketData = /* @__PURE__ */ new Map();
var linkPreconnectEvents = [];
var requestMap = /* @__PURE__ */ new Map();
var requestsById = /* @__PURE__ */ new Map();
var requestsByTime = [];
var requestIdsByURL = /* @__PURE__ */ new Map();
var networkRequestEventByInitiatorUrl = /* @__PURE__ */ new Map();
var eventToInitiatorMap = /* @__PURE__ */ new Map();
var entityMappings = {
  eventsByEntity: /* @__PURE__ */ new Map(),
  entityByEvent: /* @__PURE__ */ new Map(),
  createdEntityCache: /* @__PURE__ */ new Map(),
  entityByUrlCache: /* @__PURE__ */ new Map()
};
function storeTraceEventWithRequestId(requestId, key, value) {
  if (!requestMap.has(requestId)) {
    requestMap.set(requestId, {});
  }
  const traceEvents = requestMap.get(requestId);
  if (!traceEvents) {
    throw new Error(`Unable to locate trace events for request ID ${requestId}`);
  }
  if (Array.isArray(traceEvents[key])) {
    const target = traceEvents[key];
    const values = value;
    target.push(...values);
  } else {
    traceEvents[key] = value;
  }
}
__name(storeTraceEventWithRequestId, "storeTraceEventWithRequestId");
function firstPositiveValueInList(entries) {
  for (const entry of entries) {
    if (entry && entry > 0) {
      return entry;
    }
  }
  return 0;
}
__name(firstPositiveValueInList, "firstPositiveValueInList");
function reset6() {
  requestsById = /* @__PURE__ */ new Map();
  requestMap = /* @__PURE__ */ new Map();
  requestsByTime = [];
  networkRequestEventByInitiatorUrl = /* @__PURE__ */ new Map();
  eventToInitiatorMap = /* @__PURE__ */ new Map();
  webSocketData = /* @__PURE__ */ new Map();
  requestIdsByURL = /* @__PURE__ */ new Map();
  entityMappings = {
    eventsByEntity: /* @__PURE__ */ new Map(),
    entityByEvent: /* @__PURE__ */ new Map(),
    createdEntityCache: /* @__PURE__ */ new Map(),
    entityByUrlCache: /* @__PURE__ */ new Map()
  };
  linkPreconnectEvents = [];
}
__name(reset6, "reset");
function handleEvent6(event) {
  if (TraceEvents_exports.isResourceChangePriority(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "changePriority", event);
    return;
  }
  if (TraceEvents_exports.isResourceWillSendRequest(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "willSendRequests", [event]);
    return;
  }
  if (TraceEvents_exports.isResourceSendRequest(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "sendRequests", [event]);
    return;
  }
  if (TraceEvents_exports.isResourceReceiveResponse(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "receiveResponse", event);
    return;
  }
  if (TraceEvents_exports.isResourceReceivedData(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "receivedData", [event]);
    return;
  }
  if (TraceEvents_exports.isResourceFinish(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "resourceFinish", event);
    return;
  }
  if (TraceEvents_exports.isResourceMarkAsCached(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "resourceMarkAsCached", event);
    return;
  }
  if (TraceEvents_exports.isPreloadRenderBlockingStatusChangeEvent(event)) {
    storeTraceEventWithRequestId(event.args.data.requestId, "preloadRenderBlockingStatusChange", [event]);
  }
  if (TraceEvents_exports.isWebSocketCreate(event) || TraceEvents_exports.isWebSocketInfo(event) || TraceEvents_exports.isWebSocketTransfer(event)) {
    const identifier = event.args.data.identifier;
    if (!webSocketData.has(identifier)) {
      if (event.args.data.frame) {
        webSocketData.set(identifier, {
          frame: event.args.data.frame,
          webSocketIdentifier: identifier,
          events: [],
          syntheticConnection: null
        });
      } else if (event.args.data.workerId) {
        webSocketData.set(identifier, {
          workerId: event.args.data.workerId,
          webSocketIdentifier: identifier,
          events: [],
          syntheticConnection: null
        });
      }
    }
    webSocketData.get(identifier)?.events.push(event);
  }
  if (TraceEvents_exports.isLinkPreconnect(event)) {
    linkPreconnectEvents.push(event);
    return;
  }
}
__name(handleEvent6, "handleEvent");
async function finalize6() {
  const { rendererProcessesByFrame } = data5();
  for (const [requestId, request] of requestMap.entries()) {
    if (!request.sendRequests) {
      continue;
    }
    const redirects = [];
    for (let i = 0; i < request.sendRequests.length - 1; i++) {
      const sendRequest = request.sendRequests[i];
      const nextSendRequest = request.sendRequests[i + 1];
      let ts = sendRequest.ts;
      let dur = Timing_exports.Micro(nextSendRequest.ts - sendRequest.ts);
      if (request.willSendRequests?.[i] && request.willSendRequests[i + 1]) {
        const willSendRequest = request.willSendRequests[i];
        const nextWillSendRequest = request.willSendRequests[i + 1];
        ts = willSendRequest.ts;
        dur = Timing_exports.Micro(nextWillSendRequest.ts - willSendRequest.ts);
      }
      redirects.push({
        url: sendRequest.args.data.url,
        priority: sendRequest.args.data.priority,
        requestMethod: sendRequest.args.data.requestMethod,
        ts,
        dur
      });
    }
    const firstSendRequest = request.sendRequests[0];
    const finalSendRequest = request.sendRequests[request.sendRequests.length - 1];
    if (finalSendRequest.args.data.url.startsWith("data:")) {
      continue;
    }
    const isLightrider = globalThis.isLightrider;
    if (isLightrider && request.resourceFinish && request.receiveResponse?.args.data.headers) {
      const lrSizeHeader = request.receiveResponse.args.data.headers.find((h) => h.name === "X-TotalFetchedSize");
      if (lrSizeHeader) {
        const size = parseFloat(lrSizeHeader.value);
        if (!isNaN(size)) {
          request.resourceFinish.args.data.encodedDataLength = size;
        }
      }
    }
    const isPushedResource = request.resourceFinish?.args.data.encodedDataLength !== 0;
    const isDiskCached = !!request.receiveResponse && request.receiveResponse.args.data.fromCache && !request.receiveResponse.args.data.fromServiceWorker && !isPushedResource;
    const isMemoryCached = request.resourceMarkAsCached !== void 0;
    let timing = isMemoryCached ? void 0 : request.receiveResponse?.args.data.timing;
    let lrServerResponseTime;
    if (isLightrider && request.receiveResponse?.args.data.headers) {
      timing = {
        requestTime: Timing_exports3.microToSeconds(request.sendRequests.at(0)?.ts ?? 0),
        connectEnd: 0,
        connectStart: 0,
        dnsEnd: 0,
        dnsStart: 0,
        proxyEnd: 0,
        proxyStart: 0,
        pushEnd: 0,
        pushStart: 0,
        receiveHeadersEnd: 0,
        receiveHeadersStart: 0,
        sendEnd: 0,
        sendStart: 0,
        sslEnd: 0,
        sslStart: 0,
        workerReady: 0,
        workerStart: 0,
        ...timing
      };
      const TCPMsHeader = request.receiveResponse.args.data.headers.find((h) => h.name === "X-TCPMs");
      const TCPMs = TCPMsHeader ? Math.max(0, parseInt(TCPMsHeader.value, 10)) : 0;
      if (request.receiveResponse.args.data.protocol.startsWith("h3")) {
        timing.connectStart = 0;
        timing.connectEnd = TCPMs;
      } else {
        timing.connectStart = 0;
        timing.sslStart = TCPMs / 2;
        timing.connectEnd = TCPMs;
        timing.sslEnd = TCPMs;
      }
      const ResponseMsHeader = request.receiveResponse.args.data.headers.find((h) => h.name === "X-ResponseMs");
      if (ResponseMsHeader) {
        lrServerResponseTime = Math.max(0, parseInt(ResponseMsHeader.value, 10));
      }
    }
    const allowedProtocols = [
      "blob:",
      "file:",
      "filesystem:",
      "http:",
      "https:"
    ];
    if (!allowedProtocols.some((p) => firstSendRequest.args.data.url.startsWith(p))) {
      continue;
    }
    const initialPriority = finalSendRequest.args.data.priority;
    let finalPriority = initialPriority;
    if (request.changePriority) {
      finalPriority = request.changePriority.args.data.priority;
    }
    const startTime = request.willSendRequests?.length ? Timing_exports.Micro(request.willSendRequests[0].ts) : Timing_exports.Micro(firstSendRequest.ts);
    const endRedirectTime = request.willSendRequests?.length ? Timing_exports.Micro(request.willSendRequests[request.willSendRequests.length - 1].ts) : Timing_exports.Micro(finalSendRequest.ts);
    const endTime = request.resourceFinish ? request.resourceFinish.ts : endRedirectTime;
    const finishTime = request.resourceFinish?.args.data.finishTime ? Timing_exports.Micro(request.resourceFinish.args.data.finishTime * SECONDS_TO_MICROSECONDS) : Timing_exports.Micro(endTime);
    const networkDuration = Timing_exports.Micro(timing ? (finishTime || endRedirectTime) - endRedirectTime : 0);
    const processingDuration = Timing_exports.Micro(endTime - (finishTime || endTime));
    const redirectionDuration = Timing_exports.Micro(endRedirectTime - startTime);
    const queueingFromTraceData = timing ? timing.requestTime * SECONDS_TO_MICROSECONDS - endRedirectTime : 0;
    const queueing = Timing_exports.Micro(NumberUtilities_exports.clamp(queueingFromTraceData, 0, Number.MAX_VALUE));
    const stalled = timing ? Timing_exports.Micro(firstPositiveValueInList([
      timing.dnsStart * MILLISECONDS_TO_MICROSECONDS,
      timing.connectStart * MILLISECONDS_TO_MICROSECONDS,
      timing.sendStart * MILLISECONDS_TO_MICROSECONDS,
      request.receiveResponse ? request.receiveResponse.ts - endRedirectTime : null
    ])) : request.receiveResponse ? Timing_exports.Micro(request.receiveResponse.ts - startTime) : Timing_exports.Micro(0);
    const sendStartTime = timing ? Timing_exports.Micro(timing.requestTime * SECONDS_TO_MICROSECONDS + timing.sendStart * MILLISECONDS_TO_MICROSECONDS) : startTime;
    const waiting = timing ? Timing_exports.Micro((timing.receiveHeadersEnd - timing.sendEnd) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const serverResponseTime = timing ? Timing_exports.Micro(((timing.receiveHeadersStart ?? timing.receiveHeadersEnd) - timing.sendEnd) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const downloadStart = timing ? Timing_exports.Micro(timing.requestTime * SECONDS_TO_MICROSECONDS + timing.receiveHeadersEnd * MILLISECONDS_TO_MICROSECONDS) : startTime;
    const download = timing ? Timing_exports.Micro((finishTime || downloadStart) - downloadStart) : request.receiveResponse ? Timing_exports.Micro(endTime - request.receiveResponse.ts) : Timing_exports.Micro(0);
    const totalTime = Timing_exports.Micro(networkDuration + processingDuration);
    const dnsLookup = timing ? Timing_exports.Micro((timing.dnsEnd - timing.dnsStart) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const ssl = timing ? Timing_exports.Micro((timing.sslEnd - timing.sslStart) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const proxyNegotiation = timing ? Timing_exports.Micro((timing.proxyEnd - timing.proxyStart) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const requestSent = timing ? Timing_exports.Micro((timing.sendEnd - timing.sendStart) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const initialConnection = timing ? Timing_exports.Micro((timing.connectEnd - timing.connectStart) * MILLISECONDS_TO_MICROSECONDS) : Timing_exports.Micro(0);
    const { frame, url, renderBlocking: sendRequestIsRenderBlocking } = finalSendRequest.args.data;
    const { encodedDataLength, decodedBodyLength } = request.resourceFinish ? request.resourceFinish.args.data : { encodedDataLength: 0, decodedBodyLength: 0 };
    const parsedUrl = new URL(url);
    const isHttps = parsedUrl.protocol === "https:";
    const requestingFrameUrl = Trace_exports.activeURLForFrameAtTime(frame, finalSendRequest.ts, rendererProcessesByFrame) || "";
    const preloadRenderBlockingStatusChange = request.preloadRenderBlockingStatusChange?.at(-1)?.args.data.renderBlocking;
    const isRenderBlocking = preloadRenderBlockingStatusChange ?? sendRequestIsRenderBlocking ?? "non_blocking";
    const networkEvent = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
      rawSourceEvent: finalSendRequest,
      args: {
        data: {
          // All data we create from trace events should be added to |syntheticData|.
          syntheticData: {
            dnsLookup,
            download,
            downloadStart,
            finishTime,
            initialConnection,
            isDiskCached,
            isHttps,
            isMemoryCached,
            isPushedResource,
            networkDuration,
            processingDuration,
            proxyNegotiation,
            queueing,
            redirectionDuration,
            requestSent,
            sendStartTime,
            ssl,
            stalled,
            totalTime,
            waiting,
            serverResponseTime
          },
          // All fields below are from TraceEventsForNetworkRequest.
          decodedBodyLength,
          encodedDataLength,
          frame,
          fromServiceWorker: request.receiveResponse?.args.data.fromServiceWorker,
          isLinkPreload: finalSendRequest.args.data.isLinkPreload || false,
          mimeType: request.receiveResponse?.args.data.mimeType ?? "",
          priority: finalPriority,
          initialPriority,
          protocol: request.receiveResponse?.args.data.protocol ?? "unknown",
          redirects,
          renderBlocking: isRenderBlocking,
          requestId,
          requestingFrameUrl,
          requestMethod: finalSendRequest.args.data.requestMethod,
          resourceType: finalSendRequest.args.data.resourceType ?? "Other",
          statusCode: request.receiveResponse?.args.data.statusCode ?? 0,
          responseHeaders: request.receiveResponse?.args.data.headers ?? null,
          fetchPriorityHint: finalSendRequest.args.data.fetchPriorityHint ?? "auto",
          initiator: finalSendRequest.args.data.initiator,
          stackTrace: finalSendRequest.args.data.stackTrace,
          timing,
          lrServerResponseTime,
          url,
          failed: request.resourceFinish?.args.data.didFail ?? false,
          finished: Boolean(request.resourceFinish),
          hasResponse: Boolean(request.receiveResponse),
          connectionId: request.receiveResponse?.args.data.connectionId,
          connectionReused: request.receiveResponse?.args.data.connectionReused
        }
      },
      cat: "loading",
      name: TraceEvents_exports.Name.SYNTHETIC_NETWORK_REQUEST,
      ph: TraceEvents_exports.Phase.COMPLETE,
      dur: Timing_exports.Micro(endTime - startTime),
      tdur: Timing_exports.Micro(endTime - startTime),
      ts: Timing_exports.Micro(startTime),
      tts: Timing_exports.Micro(startTime),
      pid: finalSendRequest.pid,
      tid: finalSendRequest.tid
    });
    requestsByTime.push(networkEvent);
    requestsById.set(networkEvent.args.data.requestId, networkEvent);
    const requestsForUrl = requestIdsByURL.get(networkEvent.args.data.url) ?? [];
    requestsForUrl.push(networkEvent.args.data.requestId);
    requestIdsByURL.set(networkEvent.args.data.url, requestsForUrl);
    addNetworkRequestToEntityMapping(networkEvent, entityMappings, request);
    const initiatorUrl = networkEvent.args.data.initiator?.url || Trace_exports.getStackTraceTopCallFrameInEventPayload(networkEvent)?.url;
    if (initiatorUrl) {
      const events = networkRequestEventByInitiatorUrl.get(initiatorUrl) ?? [];
      events.push(networkEvent);
      networkRequestEventByInitiatorUrl.set(initiatorUrl, events);
    }
  }
  for (const request of requestsByTime) {
    const initiatedEvents = networkRequestEventByInitiatorUrl.get(request.args.data.url);
    if (initiatedEvents) {
      for (const initiatedEvent of initiatedEvents) {
        eventToInitiatorMap.set(initiatedEvent, request);
      }
    }
  }
  finalizeWebSocketData();
}
__name(finalize6, "finalize");
function data6() {
  return {
    byId: requestsById,
    byTime: requestsByTime,
    requestIdsByURL,
    incompleteInitiator: eventToInitiatorMap,
    webSocket: [...webSocketData.values()],
    entityMappings: {
      entityByEvent: entityMappings.entityByEvent,
      eventsByEntity: entityMappings.eventsByEntity,
      createdEntityCache: entityMappings.createdEntityCache,
      entityByUrlCache: entityMappings.entityByUrlCache
    },
    linkPreconnectEvents
  };
}
__name(data6, "data");
function deps2() {
  return ["Meta"];
}
__name(deps2, "deps");
function finalizeWebSocketData() {
  webSocketData.forEach((data31) => {
    let startEvent = null;
    let endEvent = null;
    for (const event of data31.events) {
      if (TraceEvents_exports.isWebSocketCreate(event)) {
        startEvent = event;
      }
      if (TraceEvents_exports.isWebSocketDestroy(event)) {
        endEvent = event;
      }
    }
    data31.syntheticConnection = createSyntheticWebSocketConnection(startEvent, endEvent, data31.events[0]);
  });
}
__name(finalizeWebSocketData, "finalizeWebSocketData");
function createSyntheticWebSocketConnection(startEvent, endEvent, firstRecordedEvent) {
  const { traceBounds: traceBounds2 } = data5();
  const startTs = startEvent ? startEvent.ts : traceBounds2.min;
  const endTs = endEvent ? endEvent.ts : traceBounds2.max;
  const duration = endTs - startTs;
  const mainEvent = startEvent || endEvent || firstRecordedEvent;
  return {
    name: "SyntheticWebSocketConnection",
    cat: mainEvent.cat,
    ph: TraceEvents_exports.Phase.COMPLETE,
    ts: startTs,
    dur: duration,
    pid: mainEvent.pid,
    tid: mainEvent.tid,
    s: mainEvent.s,
    rawSourceEvent: mainEvent,
    _tag: "SyntheticEntryTag",
    args: {
      data: {
        identifier: mainEvent.args.data.identifier,
        priority: "Low",
        url: mainEvent.args.data.url || ""
      }
    }
  };
}
__name(createSyntheticWebSocketConnection, "createSyntheticWebSocketConnection");

// node_modules/@paulirish/trace_engine/models/trace/handlers/SamplesHandler.js
var SamplesHandler_exports = {};
__export(SamplesHandler_exports, {
  data: () => data7,
  finalize: () => finalize7,
  getProfileCallFunctionName: () => getProfileCallFunctionName,
  handleEvent: () => handleEvent7,
  reset: () => reset7
});

// node_modules/@paulirish/trace_engine/models/cpu_profile/CPUProfileDataModel.js
var CPUProfileDataModel_exports = {};
__export(CPUProfileDataModel_exports, {
  CPUProfileDataModel: () => CPUProfileDataModel,
  CPUProfileNode: () => CPUProfileNode
});

// node_modules/@paulirish/trace_engine/models/cpu_profile/ProfileTreeModel.js
var ProfileNode = class {
  static {
    __name(this, "ProfileNode");
  }
  callFrame;
  callUID;
  self;
  total;
  id;
  parent;
  children;
  originalFunctionName = null;
  depth;
  deoptReason;
  constructor(callFrame) {
    this.callFrame = callFrame;
    this.callUID = `${callFrame.functionName}@${callFrame.scriptId}:${callFrame.lineNumber}:${callFrame.columnNumber}`;
    this.self = 0;
    this.total = 0;
    this.id = 0;
    this.parent = null;
    this.children = [];
  }
  get scriptId() {
    return String(this.callFrame.scriptId);
  }
  get url() {
    return this.callFrame.url;
  }
  get lineNumber() {
    return this.callFrame.lineNumber;
  }
  get columnNumber() {
    return this.callFrame.columnNumber;
  }
  get functionName() {
    return this.originalFunctionName ?? this.callFrame.functionName;
  }
  setOriginalFunctionName(name) {
    this.originalFunctionName = name;
  }
};
var ProfileTreeModel = class {
  static {
    __name(this, "ProfileTreeModel");
  }
  root;
  total;
  maxDepth;
  initialize(root) {
    this.root = root;
    this.assignDepthsAndParents();
    this.total = this.calculateTotals(this.root);
  }
  assignDepthsAndParents() {
    const root = this.root;
    root.depth = -1;
    root.parent = null;
    this.maxDepth = 0;
    const nodesToTraverse = [root];
    while (nodesToTraverse.length) {
      const parent = nodesToTraverse.pop();
      const depth = parent.depth + 1;
      if (depth > this.maxDepth) {
        this.maxDepth = depth;
      }
      const children = parent.children;
      for (const child of children) {
        child.depth = depth;
        child.parent = parent;
        nodesToTraverse.push(child);
      }
    }
  }
  calculateTotals(root) {
    const nodesToTraverse = [root];
    const dfsList = [];
    while (nodesToTraverse.length) {
      const node = nodesToTraverse.pop();
      node.total = node.self;
      dfsList.push(node);
      nodesToTraverse.push(...node.children);
    }
    while (dfsList.length > 1) {
      const node = dfsList.pop();
      if (node.parent) {
        node.parent.total += node.total;
      }
    }
    return root.total;
  }
};

// node_modules/@paulirish/trace_engine/models/cpu_profile/CPUProfileDataModel.js
var CPUProfileNode = class extends ProfileNode {
  static {
    __name(this, "CPUProfileNode");
  }
  id;
  self;
  // Position ticks are available in profile nodes coming from CDP
  // profiles and not in those coming from tracing. They are used to
  // calculate the line level execution time shown in the Sources panel
  // after recording a profile. For trace CPU profiles we use the
  // `lines` array instead.
  positionTicks;
  deoptReason;
  constructor(node, samplingInterval) {
    const callFrame = node.callFrame || {
      // TODO(crbug.com/1172300) Ignored during the jsdoc to ts migration
      // @ts-expect-error
      functionName: node["functionName"],
      // TODO(crbug.com/1172300) Ignored during the jsdoc to ts migration
      // @ts-expect-error
      scriptId: node["scriptId"],
      // TODO(crbug.com/1172300) Ignored during the jsdoc to ts migration
      // @ts-expect-error
      url: node["url"],
      // TODO(crbug.com/1172300) Ignored during the jsdoc to ts migration
      // @ts-expect-error
      lineNumber: node["lineNumber"] - 1,
      // TODO(crbug.com/1172300) Ignored during the jsdoc to ts migration
      // @ts-expect-error
      columnNumber: node["columnNumber"] - 1
    };
    super(callFrame);
    this.id = node.id;
    this.self = (node.hitCount || 0) * samplingInterval;
    this.positionTicks = node.positionTicks;
    this.deoptReason = node.deoptReason && node.deoptReason !== "no reason" ? node.deoptReason : null;
  }
};
var CPUProfileDataModel = class extends ProfileTreeModel {
  static {
    __name(this, "CPUProfileDataModel");
  }
  profileStartTime;
  profileEndTime;
  timestamps;
  samples;
  /**
   * Contains trace ids assigned to samples, if any. Trace ids are
   * keyed by the sample index in the profile. These are only created
   * for CPU profiles coming from traces.
   */
  traceIds;
  /**
   * Each item in the `lines` array contains the script line executing
   * when the sample in that array position was taken.
   */
  lines;
  /**
   * Same as `lines` above, but with the script column.
   */
  columns;
  totalHitCount;
  profileHead;
  /**
   * A cache for the nodes we have parsed.
   * Note: "Parsed" nodes are different from the "Protocol" nodes, the
   * latter being the raw data we receive from the backend.
   */
  #idToParsedNode;
  gcNode;
  programNode;
  idleNode;
  #stackStartTimes;
  #stackChildrenDuration;
  constructor(profile) {
    super();
    const isLegacyFormat = Boolean(profile["head"]);
    if (isLegacyFormat) {
      this.profileStartTime = profile.startTime * 1e3;
      this.profileEndTime = profile.endTime * 1e3;
      this.timestamps = profile.timestamps;
      this.compatibilityConversionHeadToNodes(profile);
    } else {
      this.profileStartTime = profile.startTime / 1e3;
      this.profileEndTime = profile.endTime / 1e3;
      this.timestamps = this.convertTimeDeltas(profile);
    }
    this.traceIds = profile.traceIds;
    this.samples = profile.samples;
    this.lines = profile.lines;
    this.columns = profile.columns;
    this.totalHitCount = 0;
    this.profileHead = this.translateProfileTree(profile.nodes);
    this.initialize(this.profileHead);
    this.extractMetaNodes();
    if (this.samples?.length) {
      this.sortSamples();
      this.normalizeTimestamps();
      this.fixMissingSamples();
    }
  }
  compatibilityConversionHeadToNodes(profile) {
    if (!profile.head || profile.nodes) {
      return;
    }
    const nodes = [];
    convertNodesTree(profile.head);
    profile.nodes = nodes;
    delete profile.head;
    function convertNodesTree(node) {
      nodes.push(node);
      node.children = node.children.map(convertNodesTree);
      return node.id;
    }
    __name(convertNodesTree, "convertNodesTree");
  }
  /**
   * Calculate timestamps using timeDeltas. Some CPU profile formats,
   * like the ones contained in traces have timeDeltas instead of
   * timestamps.
   */
  convertTimeDeltas(profile) {
    if (!profile.timeDeltas) {
      return [];
    }
    let lastTimeMicroSec = profile.startTime;
    const timestamps = new Array(profile.timeDeltas.length);
    for (let i = 0; i < profile.timeDeltas.length; ++i) {
      lastTimeMicroSec += profile.timeDeltas[i];
      timestamps[i] = lastTimeMicroSec;
    }
    return timestamps;
  }
  /**
   * Creates a Tree of CPUProfileNodes using the Protocol.Profiler.ProfileNodes.
   * As the tree is built, samples of native code (prefixed with "native ") are
   * filtered out. Samples of filtered nodes are replaced with the parent of the
   * node being filtered.
   *
   * This function supports legacy and new definitions of the CDP Profiler.Profile
   * type.
   */
  translateProfileTree(nodes) {
    function buildChildrenFromParents(nodes2) {
      if (nodes2[0].children) {
        return;
      }
      nodes2[0].children = [];
      for (let i = 1; i < nodes2.length; ++i) {
        const node = nodes2[i];
        const parentNode = protocolNodeById.get(node.parent);
        if (!parentNode) {
          continue;
        }
        if (parentNode.children) {
          parentNode.children.push(node.id);
        } else {
          parentNode.children = [node.id];
        }
      }
    }
    __name(buildChildrenFromParents, "buildChildrenFromParents");
    function buildHitCountFromSamples(nodes2, samples) {
      if (typeof nodes2[0].hitCount === "number") {
        return;
      }
      if (!samples) {
        throw new Error("Error: Neither hitCount nor samples are present in profile.");
      }
      for (let i = 0; i < nodes2.length; ++i) {
        nodes2[i].hitCount = 0;
      }
      for (let i = 0; i < samples.length; ++i) {
        const node = protocolNodeById.get(samples[i]);
        if (node?.hitCount === void 0) {
          continue;
        }
        node.hitCount++;
      }
    }
    __name(buildHitCountFromSamples, "buildHitCountFromSamples");
    const protocolNodeById = /* @__PURE__ */ new Map();
    for (let i = 0; i < nodes.length; ++i) {
      const node = nodes[i];
      protocolNodeById.set(node.id, node);
    }
    buildHitCountFromSamples(nodes, this.samples);
    buildChildrenFromParents(nodes);
    this.totalHitCount = nodes.reduce((acc, node) => acc + (node.hitCount || 0), 0);
    const sampleTime = (this.profileEndTime - this.profileStartTime) / this.totalHitCount;
    const root = nodes[0];
    const idToUseForRemovedNode = /* @__PURE__ */ new Map([[root.id, root.id]]);
    this.#idToParsedNode = /* @__PURE__ */ new Map();
    const resultRoot = new CPUProfileNode(root, sampleTime);
    this.#idToParsedNode.set(root.id, resultRoot);
    if (!root.children) {
      throw new Error("Missing children for root");
    }
    const parentNodeStack = root.children.map(() => resultRoot);
    const sourceNodeStack = root.children.map((id) => protocolNodeById.get(id));
    while (sourceNodeStack.length) {
      let parentNode = parentNodeStack.pop();
      const sourceNode = sourceNodeStack.pop();
      if (!sourceNode || !parentNode) {
        continue;
      }
      if (!sourceNode.children) {
        sourceNode.children = [];
      }
      const targetNode = new CPUProfileNode(sourceNode, sampleTime);
      parentNode.children.push(targetNode);
      parentNode = targetNode;
      idToUseForRemovedNode.set(sourceNode.id, parentNode.id);
      parentNodeStack.push.apply(parentNodeStack, sourceNode.children.map(() => parentNode));
      sourceNodeStack.push.apply(sourceNodeStack, sourceNode.children.map((id) => protocolNodeById.get(id)));
      this.#idToParsedNode.set(sourceNode.id, targetNode);
    }
    if (this.samples) {
      this.samples = this.samples.map((id) => idToUseForRemovedNode.get(id));
    }
    return resultRoot;
  }
  /**
   * Sorts the samples array using the timestamps array (there is a one
   * to one matching by index between the two).
   */
  sortSamples() {
    if (!this.timestamps || !this.samples) {
      return;
    }
    const timestamps = this.timestamps;
    const samples = this.samples;
    const orderedIndices = timestamps.map((_x, index) => index);
    orderedIndices.sort((a, b) => timestamps[a] - timestamps[b]);
    this.timestamps = [];
    this.samples = [];
    for (let i = 0; i < orderedIndices.length; i++) {
      const orderedIndex = orderedIndices[i];
      this.timestamps.push(timestamps[orderedIndex]);
      this.samples.push(samples[orderedIndex]);
    }
  }
  /**
   * Fills in timestamps and/or time deltas from legacy profiles where
   * they could be missing.
   */
  normalizeTimestamps() {
    if (!this.samples) {
      return;
    }
    let timestamps = this.timestamps;
    if (!timestamps) {
      const profileStartTime = this.profileStartTime;
      const interval = (this.profileEndTime - profileStartTime) / this.samples.length;
      timestamps = new Array(this.samples.length + 1);
      for (let i = 0; i < timestamps.length; ++i) {
        timestamps[i] = profileStartTime + i * interval;
      }
      this.timestamps = timestamps;
      return;
    }
    for (let i = 0; i < timestamps.length; ++i) {
      timestamps[i] /= 1e3;
    }
    if (this.samples.length === timestamps.length) {
      const lastTimestamp = timestamps.at(-1) || 0;
      const averageIntervalTime = (lastTimestamp - timestamps[0]) / (timestamps.length - 1);
      this.timestamps.push(lastTimestamp + averageIntervalTime);
    }
    this.profileStartTime = timestamps.at(0) || this.profileStartTime;
    this.profileEndTime = timestamps.at(-1) || this.profileEndTime;
  }
  /**
   * Some nodes do not refer to JS samples but to V8 system tasks, AKA
   * "meta" nodes. This function extracts those nodes from the profile.
   */
  extractMetaNodes() {
    const topLevelNodes = this.profileHead.children;
    for (let i = 0; i < topLevelNodes.length && !(this.gcNode && this.programNode && this.idleNode); i++) {
      const node = topLevelNodes[i];
      if (node.functionName === "(garbage collector)") {
        this.gcNode = node;
      } else if (node.functionName === "(program)") {
        this.programNode = node;
      } else if (node.functionName === "(idle)") {
        this.idleNode = node;
      }
    }
  }
  fixMissingSamples() {
    const samples = this.samples;
    if (!samples) {
      return;
    }
    const samplesCount = samples.length;
    if (!this.programNode || samplesCount < 3) {
      return;
    }
    const idToNode = this.#idToParsedNode;
    const programNodeId = this.programNode.id;
    const gcNodeId = this.gcNode ? this.gcNode.id : -1;
    const idleNodeId = this.idleNode ? this.idleNode.id : -1;
    let prevNodeId = samples[0];
    let nodeId = samples[1];
    for (let sampleIndex = 1; sampleIndex < samplesCount - 1; sampleIndex++) {
      const nextNodeId = samples[sampleIndex + 1];
      const prevNode = idToNode.get(prevNodeId);
      const nextNode = idToNode.get(nextNodeId);
      if (prevNodeId === void 0 || nextNodeId === void 0 || !prevNode || !nextNode) {
        console.error(`Unexpectedly found undefined nodes: ${prevNodeId} ${nextNodeId}`);
        continue;
      }
      if (nodeId === programNodeId && !isSystemNode(prevNodeId) && !isSystemNode(nextNodeId) && bottomNode(prevNode) === bottomNode(nextNode)) {
        samples[sampleIndex] = prevNodeId;
      }
      prevNodeId = nodeId;
      nodeId = nextNodeId;
    }
    function bottomNode(node) {
      while (node.parent?.parent) {
        node = node.parent;
      }
      return node;
    }
    __name(bottomNode, "bottomNode");
    function isSystemNode(nodeId2) {
      return nodeId2 === programNodeId || nodeId2 === gcNodeId || nodeId2 === idleNodeId;
    }
    __name(isSystemNode, "isSystemNode");
  }
  /**
   * Traverses the call tree derived from the samples calling back when a call is opened
   * and when it's closed
   */
  forEachFrame(openFrameCallback, closeFrameCallback, startTime, stopTime) {
    if (!this.profileHead || !this.samples) {
      return;
    }
    startTime = startTime || 0;
    stopTime = stopTime || Infinity;
    const samples = this.samples;
    const timestamps = this.timestamps;
    const idToNode = this.#idToParsedNode;
    const gcNode = this.gcNode;
    const samplesCount = samples.length;
    const startIndex = ArrayUtilities_exports.lowerBound(timestamps, startTime, ArrayUtilities_exports.DEFAULT_COMPARATOR);
    let stackTop = 0;
    const stackNodes = [];
    let prevId = this.profileHead.id;
    let sampleTime;
    let gcParentNode = null;
    const stackDepth = this.maxDepth + 3;
    if (!this.#stackStartTimes) {
      this.#stackStartTimes = new Array(stackDepth);
    }
    const stackStartTimes = this.#stackStartTimes;
    if (!this.#stackChildrenDuration) {
      this.#stackChildrenDuration = new Array(stackDepth);
    }
    const stackChildrenDuration = this.#stackChildrenDuration;
    let node;
    let sampleIndex;
    for (sampleIndex = startIndex; sampleIndex < samplesCount; sampleIndex++) {
      sampleTime = timestamps[sampleIndex];
      if (sampleTime >= stopTime) {
        break;
      }
      const id = samples[sampleIndex];
      if (id === prevId) {
        continue;
      }
      node = idToNode.get(id);
      let prevNode = idToNode.get(prevId) || null;
      if (!prevNode) {
        continue;
      }
      if (gcNode && node === gcNode) {
        gcParentNode = prevNode;
        openFrameCallback(gcParentNode.depth + 1, gcNode, sampleIndex, sampleTime);
        stackStartTimes[++stackTop] = sampleTime;
        stackChildrenDuration[stackTop] = 0;
        prevId = id;
        continue;
      }
      if (gcNode && prevNode === gcNode && gcParentNode) {
        const start = stackStartTimes[stackTop];
        const duration = sampleTime - start;
        stackChildrenDuration[stackTop - 1] += duration;
        closeFrameCallback(gcParentNode.depth + 1, gcNode, sampleIndex, start, duration, duration - stackChildrenDuration[stackTop]);
        --stackTop;
        prevNode = gcParentNode;
        prevId = prevNode.id;
        gcParentNode = null;
      }
      while (node && node.depth > prevNode.depth) {
        stackNodes.push(node);
        node = node.parent;
      }
      while (prevNode && prevNode !== node) {
        const start = stackStartTimes[stackTop];
        const duration = sampleTime - start;
        stackChildrenDuration[stackTop - 1] += duration;
        closeFrameCallback(prevNode.depth, prevNode, sampleIndex, start, duration, duration - stackChildrenDuration[stackTop]);
        --stackTop;
        if (node && node.depth === prevNode.depth) {
          stackNodes.push(node);
          node = node.parent;
        }
        prevNode = prevNode.parent;
      }
      while (stackNodes.length) {
        const currentNode = stackNodes.pop();
        if (!currentNode) {
          break;
        }
        node = currentNode;
        openFrameCallback(currentNode.depth, currentNode, sampleIndex, sampleTime);
        stackStartTimes[++stackTop] = sampleTime;
        stackChildrenDuration[stackTop] = 0;
      }
      prevId = id;
    }
    sampleTime = timestamps[sampleIndex] || this.profileEndTime;
    if (node && gcParentNode && idToNode.get(prevId) === gcNode) {
      const start = stackStartTimes[stackTop];
      const duration = sampleTime - start;
      stackChildrenDuration[stackTop - 1] += duration;
      closeFrameCallback(gcParentNode.depth + 1, node, sampleIndex, start, duration, duration - stackChildrenDuration[stackTop]);
      --stackTop;
      prevId = gcParentNode.id;
    }
    for (let node2 = idToNode.get(prevId); node2?.parent; node2 = node2.parent) {
      const start = stackStartTimes[stackTop];
      const duration = sampleTime - start;
      stackChildrenDuration[stackTop - 1] += duration;
      closeFrameCallback(node2.depth, node2, sampleIndex, start, duration, duration - stackChildrenDuration[stackTop]);
      --stackTop;
    }
  }
  /**
   * Returns the node that corresponds to a given index of a sample.
   */
  nodeByIndex(index) {
    return this.samples && this.#idToParsedNode.get(this.samples[index]) || null;
  }
  /**
   * Returns the node that corresponds to a given node id.
   */
  nodeById(nodeId) {
    return this.#idToParsedNode.get(nodeId) || null;
  }
  nodes() {
    if (!this.#idToParsedNode) {
      return null;
    }
    return [...this.#idToParsedNode.values()];
  }
};

// node_modules/@paulirish/trace_engine/models/trace/handlers/SamplesHandler.js
var profilesInProcess = /* @__PURE__ */ new Map();
var entryToNode = /* @__PURE__ */ new Map();
var preprocessedData = /* @__PURE__ */ new Map();
var PROFILE_SOURCES_BY_PRIORITY = {
  cpuProfile: ["Inspector"],
  performanceTrace: ["Internal", "Inspector"]
};
function parseCPUProfileData(parseOptions) {
  const priorityList = parseOptions.isCPUProfile ? PROFILE_SOURCES_BY_PRIORITY.cpuProfile : PROFILE_SOURCES_BY_PRIORITY.performanceTrace;
  for (const [processId, profiles] of preprocessedData) {
    const profilesByThread = /* @__PURE__ */ new Map();
    for (const [profileId, preProcessedData] of profiles) {
      const threadId = preProcessedData.threadId;
      if (threadId === void 0) {
        continue;
      }
      const listForThread = MapUtilities_exports.getWithDefault(profilesByThread, threadId, () => []);
      listForThread.push({ id: profileId, data: preProcessedData });
    }
    for (const [threadId, candidates] of profilesByThread) {
      let buildProfileCallsForCPUProfile = function() {
        profileModel.forEachFrame(openFrameCallback, closeFrameCallback);
        function openFrameCallback(depth, node, sampleIndex, timeStampMilliseconds) {
          if (threadId === void 0) {
            return;
          }
          const ts = Timing_exports3.milliToMicro(Timing_exports.Milli(timeStampMilliseconds));
          const nodeId = node.id;
          const profileCall = Trace_exports.makeProfileCall(node, selectedProfileId, sampleIndex, ts, processId, threadId);
          finalizedData.profileCalls.push(profileCall);
          indexStack.push(finalizedData.profileCalls.length - 1);
          const traceEntryNode = TreeHelpers_exports.makeEmptyTraceEntryNode(profileCall, nodeId);
          entryToNode.set(profileCall, traceEntryNode);
          traceEntryNode.depth = depth;
          if (indexStack.length === 1) {
            finalizedData.profileTree?.roots.add(traceEntryNode);
          }
        }
        __name(openFrameCallback, "openFrameCallback");
        function closeFrameCallback(_depth, _node, _sampleIndex, _timeStampMillis, durMs, selfTimeMs) {
          const profileCallIndex = indexStack.pop();
          const profileCall = profileCallIndex !== void 0 && finalizedData.profileCalls[profileCallIndex];
          if (!profileCall) {
            return;
          }
          const { callFrame, ts, pid, tid } = profileCall;
          const traceEntryNode = entryToNode.get(profileCall);
          if (callFrame === void 0 || ts === void 0 || pid === void 0 || selectedProfileId === void 0 || tid === void 0 || traceEntryNode === void 0) {
            return;
          }
          const dur = Timing_exports3.milliToMicro(Timing_exports.Milli(durMs));
          const selfTime = Timing_exports3.milliToMicro(Timing_exports.Milli(selfTimeMs));
          profileCall.dur = dur;
          traceEntryNode.selfTime = selfTime;
          const parentIndex = indexStack.at(-1);
          const parent = parentIndex !== void 0 && finalizedData.profileCalls.at(parentIndex);
          const parentNode = parent && entryToNode.get(parent);
          if (!parentNode) {
            return;
          }
          traceEntryNode.parent = parentNode;
          parentNode.children.push(traceEntryNode);
        }
        __name(closeFrameCallback, "closeFrameCallback");
      };
      __name(buildProfileCallsForCPUProfile, "buildProfileCallsForCPUProfile");
      if (!candidates.length) {
        continue;
      }
      let chosen = candidates[0];
      for (const source of priorityList) {
        const match = candidates.find((p) => p.data.source === source);
        if (match) {
          chosen = match;
          break;
        }
      }
      const chosenData = chosen.data;
      if (!chosenData.rawProfile.nodes.length) {
        continue;
      }
      const indexStack = [];
      const profileModel = new CPUProfileDataModel_exports.CPUProfileDataModel(chosenData.rawProfile);
      const profileTree = TreeHelpers_exports.makeEmptyTraceEntryTree();
      profileTree.maxDepth = profileModel.maxDepth;
      const selectedProfileId = chosen.id;
      const finalizedData = {
        rawProfile: chosenData.rawProfile,
        parsedProfile: profileModel,
        profileCalls: [],
        profileTree,
        profileId: selectedProfileId
      };
      const dataByThread = MapUtilities_exports.getWithDefault(profilesInProcess, processId, () => /* @__PURE__ */ new Map());
      dataByThread.set(threadId, finalizedData);
      if (parseOptions.isCPUProfile) {
        buildProfileCallsForCPUProfile();
      }
    }
  }
}
__name(parseCPUProfileData, "parseCPUProfileData");
function reset7() {
  preprocessedData = /* @__PURE__ */ new Map();
  profilesInProcess = /* @__PURE__ */ new Map();
  entryToNode = /* @__PURE__ */ new Map();
}
__name(reset7, "reset");
function handleEvent7(event) {
  if (TraceEvents_exports.isSyntheticCpuProfile(event)) {
    const profileData = getOrCreatePreProcessedData(event.pid, event.id);
    profileData.rawProfile = event.args.data.cpuProfile;
    profileData.threadId = event.tid;
    return;
  }
  if (TraceEvents_exports.isProfile(event)) {
    const profileData = getOrCreatePreProcessedData(event.pid, event.id);
    profileData.rawProfile.startTime = event.ts;
    profileData.threadId = event.tid;
    assignProfileSourceIfKnown(profileData, event.args?.data?.source);
    return;
  }
  if (TraceEvents_exports.isProfileChunk(event)) {
    const profileData = getOrCreatePreProcessedData(event.pid, event.id);
    const cdpProfile = profileData.rawProfile;
    const nodesAndSamples = event.args?.data?.cpuProfile || { samples: [] };
    const samples = nodesAndSamples?.samples || [];
    const traceIds = event.args?.data?.cpuProfile?.trace_ids;
    for (const n of nodesAndSamples?.nodes || []) {
      const lineNumber = typeof n.callFrame.lineNumber === "undefined" ? -1 : n.callFrame.lineNumber;
      const columnNumber = typeof n.callFrame.columnNumber === "undefined" ? -1 : n.callFrame.columnNumber;
      const scriptId = String(n.callFrame.scriptId);
      const url = n.callFrame.url || "";
      const node = {
        ...n,
        callFrame: {
          ...n.callFrame,
          url,
          lineNumber,
          columnNumber,
          scriptId
        }
      };
      cdpProfile.nodes.push(node);
    }
    const timeDeltas = event.args.data?.timeDeltas || [];
    const lines = event.args.data?.lines || Array(samples.length).fill(0);
    const columns = event.args.data?.columns || Array(samples.length).fill(0);
    cdpProfile.samples?.push(...samples);
    cdpProfile.timeDeltas?.push(...timeDeltas);
    cdpProfile.lines?.push(...lines);
    cdpProfile.columns?.push(...columns);
    if (traceIds) {
      cdpProfile.traceIds ??= {};
      for (const key in traceIds) {
        cdpProfile.traceIds[key] = traceIds[key];
      }
    }
    if (cdpProfile.samples && cdpProfile.timeDeltas && cdpProfile.samples.length !== cdpProfile.timeDeltas.length) {
      console.error("Failed to parse CPU profile.");
      return;
    }
    if (!cdpProfile.endTime && cdpProfile.timeDeltas) {
      const timeDeltas2 = cdpProfile.timeDeltas;
      cdpProfile.endTime = timeDeltas2.reduce((x, y) => x + y, cdpProfile.startTime);
    }
    assignProfileSourceIfKnown(profileData, event.args?.data?.source);
    return;
  }
}
__name(handleEvent7, "handleEvent");
async function finalize7(parseOptions = {}) {
  parseCPUProfileData(parseOptions);
}
__name(finalize7, "finalize");
function assignProfileSourceIfKnown(profileData, source) {
  if (TraceEvents_exports.VALID_PROFILE_SOURCES.includes(source)) {
    profileData.source = source;
  }
}
__name(assignProfileSourceIfKnown, "assignProfileSourceIfKnown");
function data7() {
  return {
    profilesInProcess,
    entryToNode
  };
}
__name(data7, "data");
function getOrCreatePreProcessedData(processId, profileId) {
  const profileById = MapUtilities_exports.getWithDefault(preprocessedData, processId, () => /* @__PURE__ */ new Map());
  return MapUtilities_exports.getWithDefault(profileById, profileId, () => ({
    rawProfile: {
      startTime: 0,
      endTime: 0,
      nodes: [],
      samples: [],
      timeDeltas: [],
      lines: [],
      columns: []
    },
    profileId
  }));
}
__name(getOrCreatePreProcessedData, "getOrCreatePreProcessedData");
function getProfileCallFunctionName(data31, entry) {
  const profile = data31.profilesInProcess.get(entry.pid)?.get(entry.tid);
  const node = profile?.parsedProfile.nodeById(entry.nodeId);
  if (node?.functionName) {
    return node.functionName;
  }
  return entry.callFrame.functionName;
}
__name(getProfileCallFunctionName, "getProfileCallFunctionName");

// node_modules/@paulirish/trace_engine/models/trace/handlers/RendererHandler.js
var processes = /* @__PURE__ */ new Map();
var entityMappings2 = {
  eventsByEntity: /* @__PURE__ */ new Map(),
  entityByEvent: /* @__PURE__ */ new Map(),
  createdEntityCache: /* @__PURE__ */ new Map(),
  entityByUrlCache: /* @__PURE__ */ new Map()
};
var compositorTileWorkers = Array();
var entryToNode2 = /* @__PURE__ */ new Map();
var completeEventStack = [];
var config2 = Configuration_exports.defaults();
var makeRendererProcess = /* @__PURE__ */ __name(() => ({
  url: null,
  isOnMainFrame: false,
  threads: /* @__PURE__ */ new Map()
}), "makeRendererProcess");
var makeRendererThread = /* @__PURE__ */ __name(() => ({
  name: null,
  entries: [],
  profileCalls: [],
  layoutEvents: [],
  recalcStyleEvents: []
}), "makeRendererThread");
var getOrCreateRendererProcess = /* @__PURE__ */ __name((processes2, pid) => {
  return MapUtilities_exports.getWithDefault(processes2, pid, makeRendererProcess);
}, "getOrCreateRendererProcess");
var getOrCreateRendererThread = /* @__PURE__ */ __name((process2, tid) => {
  return MapUtilities_exports.getWithDefault(process2.threads, tid, makeRendererThread);
}, "getOrCreateRendererThread");
function handleUserConfig2(userConfig) {
  config2 = userConfig;
}
__name(handleUserConfig2, "handleUserConfig");
function reset8() {
  processes = /* @__PURE__ */ new Map();
  entryToNode2 = /* @__PURE__ */ new Map();
  entityMappings2 = {
    eventsByEntity: /* @__PURE__ */ new Map(),
    entityByEvent: /* @__PURE__ */ new Map(),
    createdEntityCache: /* @__PURE__ */ new Map(),
    entityByUrlCache: /* @__PURE__ */ new Map()
  };
  completeEventStack = [];
  compositorTileWorkers = [];
}
__name(reset8, "reset");
function handleEvent8(event) {
  if (TraceEvents_exports.isThreadName(event) && event.args.name?.startsWith("CompositorTileWorker")) {
    compositorTileWorkers.push({
      pid: event.pid,
      tid: event.tid
    });
  }
  if (TraceEvents_exports.isBegin(event) || TraceEvents_exports.isEnd(event)) {
    const process2 = getOrCreateRendererProcess(processes, event.pid);
    const thread = getOrCreateRendererThread(process2, event.tid);
    const completeEvent = makeCompleteEvent(event);
    if (!completeEvent) {
      return;
    }
    thread.entries.push(completeEvent);
    return;
  }
  if (TraceEvents_exports.isInstant(event) || TraceEvents_exports.isComplete(event)) {
    const process2 = getOrCreateRendererProcess(processes, event.pid);
    const thread = getOrCreateRendererThread(process2, event.tid);
    thread.entries.push(event);
  }
  if (TraceEvents_exports.isLayout(event)) {
    const process2 = getOrCreateRendererProcess(processes, event.pid);
    const thread = getOrCreateRendererThread(process2, event.tid);
    thread.layoutEvents.push(event);
  }
  if (TraceEvents_exports.isRecalcStyle(event)) {
    const process2 = getOrCreateRendererProcess(processes, event.pid);
    const thread = getOrCreateRendererThread(process2, event.tid);
    thread.recalcStyleEvents.push(event);
  }
}
__name(handleEvent8, "handleEvent");
async function finalize8() {
  const { mainFrameId: mainFrameId2, rendererProcessesByFrame, threadsInProcess: threadsInProcess2 } = data5();
  entityMappings2 = data6().entityMappings;
  assignMeta(processes, mainFrameId2, rendererProcessesByFrame, threadsInProcess2);
  sanitizeProcesses(processes);
  buildHierarchy(processes);
  sanitizeThreads(processes);
}
__name(finalize8, "finalize");
function data8() {
  return {
    processes,
    compositorTileWorkers: gatherCompositorThreads(),
    entryToNode: entryToNode2,
    entityMappings: {
      entityByEvent: entityMappings2.entityByEvent,
      eventsByEntity: entityMappings2.eventsByEntity,
      createdEntityCache: entityMappings2.createdEntityCache,
      entityByUrlCache: entityMappings2.entityByUrlCache
    }
  };
}
__name(data8, "data");
function gatherCompositorThreads() {
  const threadsByProcess = /* @__PURE__ */ new Map();
  for (const worker of compositorTileWorkers) {
    const byProcess = threadsByProcess.get(worker.pid) || [];
    byProcess.push(worker.tid);
    threadsByProcess.set(worker.pid, byProcess);
  }
  return threadsByProcess;
}
__name(gatherCompositorThreads, "gatherCompositorThreads");
function assignMeta(processes2, mainFrameId2, rendererProcessesByFrame, threadsInProcess2) {
  assignOrigin(processes2, rendererProcessesByFrame);
  assignIsMainFrame(processes2, mainFrameId2, rendererProcessesByFrame);
  assignThreadName(processes2, threadsInProcess2);
}
__name(assignMeta, "assignMeta");
function assignOrigin(processes2, rendererProcessesByFrame) {
  for (const renderProcessesByPid of rendererProcessesByFrame.values()) {
    for (const [pid, processWindows] of renderProcessesByPid) {
      for (const processInfo of processWindows.flat()) {
        const process2 = getOrCreateRendererProcess(processes2, pid);
        if (process2.url === null || process2.url === "about:blank") {
          try {
            new URL(processInfo.frame.url);
            process2.url = processInfo.frame.url;
          } catch {
            process2.url = null;
          }
        }
      }
    }
  }
}
__name(assignOrigin, "assignOrigin");
function assignIsMainFrame(processes2, mainFrameId2, rendererProcessesByFrame) {
  for (const [frameId, renderProcessesByPid] of rendererProcessesByFrame) {
    for (const [pid] of renderProcessesByPid) {
      const process2 = getOrCreateRendererProcess(processes2, pid);
      if (frameId === mainFrameId2) {
        process2.isOnMainFrame = true;
      }
    }
  }
}
__name(assignIsMainFrame, "assignIsMainFrame");
function assignThreadName(processes2, threadsInProcess2) {
  for (const [pid, process2] of processes2) {
    for (const [tid, threadInfo] of threadsInProcess2.get(pid) ?? []) {
      const thread = getOrCreateRendererThread(process2, tid);
      thread.name = threadInfo?.args.name ?? `${tid}`;
    }
  }
}
__name(assignThreadName, "assignThreadName");
function sanitizeProcesses(processes2) {
  const auctionWorklets = data4().worklets;
  const metaData = data5();
  if (metaData.traceIsGeneric) {
    return;
  }
  for (const [pid, process2] of processes2) {
    if (process2.url === null) {
      const maybeWorklet = auctionWorklets.get(pid);
      if (maybeWorklet) {
        process2.url = maybeWorklet.host;
      } else {
        processes2.delete(pid);
      }
      continue;
    }
  }
}
__name(sanitizeProcesses, "sanitizeProcesses");
function sanitizeThreads(processes2) {
  for (const [, process2] of processes2) {
    for (const [tid, thread] of process2.threads) {
      if (!thread.tree?.roots.size) {
        process2.threads.delete(tid);
      }
    }
  }
}
__name(sanitizeThreads, "sanitizeThreads");
function buildHierarchy(processes2, options) {
  const samplesData = data7();
  for (const [pid, process2] of processes2) {
    for (const [tid, thread] of process2.threads) {
      if (!thread.entries.length) {
        thread.tree = TreeHelpers_exports.makeEmptyTraceEntryTree();
        continue;
      }
      Trace_exports.sortTraceEventsInPlace(thread.entries);
      const samplesDataForThread = samplesData.profilesInProcess.get(pid)?.get(tid);
      if (samplesDataForThread) {
        const cpuProfile = samplesDataForThread.parsedProfile;
        const samplesIntegrator = cpuProfile && new SamplesIntegrator_exports.SamplesIntegrator(cpuProfile, samplesDataForThread.profileId, pid, tid, config2);
        const profileCalls = samplesIntegrator?.buildProfileCalls(thread.entries);
        if (samplesIntegrator && profileCalls) {
          thread.entries = Trace_exports.mergeEventsInOrder(thread.entries, profileCalls);
          thread.profileCalls = profileCalls;
          const jsSamples = samplesIntegrator.jsSampleEvents;
          if (jsSamples.length) {
            thread.entries = Trace_exports.mergeEventsInOrder(thread.entries, jsSamples);
          }
        }
      }
      const treeData = TreeHelpers_exports.treify(thread.entries, options);
      thread.tree = treeData.tree;
      for (const [entry, node] of treeData.entryToNode) {
        entryToNode2.set(entry, node);
        addEventToEntityMapping(entry, entityMappings2);
      }
    }
  }
}
__name(buildHierarchy, "buildHierarchy");
function makeCompleteEvent(event) {
  if (TraceEvents_exports.isEnd(event)) {
    const beginEvent = completeEventStack.pop();
    if (!beginEvent) {
      return null;
    }
    if (beginEvent.name !== event.name || beginEvent.cat !== event.cat) {
      console.error("Begin/End events mismatch at " + beginEvent.ts + " (" + beginEvent.name + ") vs. " + event.ts + " (" + event.name + ")");
      return null;
    }
    beginEvent.dur = Timing_exports.Micro(event.ts - beginEvent.ts);
    return null;
  }
  const syntheticComplete = {
    ...event,
    ph: TraceEvents_exports.Phase.COMPLETE,
    dur: Timing_exports.Micro(0)
  };
  completeEventStack.push(syntheticComplete);
  return syntheticComplete;
}
__name(makeCompleteEvent, "makeCompleteEvent");
function deps3() {
  return ["Meta", "Samples", "AuctionWorklets", "NetworkRequests"];
}
__name(deps3, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/AsyncJSCallsHandler.js
var schedulerToRunEntryPoints = /* @__PURE__ */ new Map();
var taskScheduleForTaskRunEvent = /* @__PURE__ */ new Map();
var asyncCallToScheduler = /* @__PURE__ */ new Map();
var runEntryPointToScheduler = /* @__PURE__ */ new Map();
function reset9() {
  schedulerToRunEntryPoints = /* @__PURE__ */ new Map();
  asyncCallToScheduler = /* @__PURE__ */ new Map();
  taskScheduleForTaskRunEvent = /* @__PURE__ */ new Map();
  runEntryPointToScheduler = /* @__PURE__ */ new Map();
}
__name(reset9, "reset");
function handleEvent9(_) {
}
__name(handleEvent9, "handleEvent");
async function finalize9() {
  const { flows: flows2 } = data3();
  const { entryToNode: entryToNode4 } = data8();
  for (const flow of flows2) {
    let maybeAsyncTaskScheduled = flow.at(0);
    if (!maybeAsyncTaskScheduled) {
      continue;
    }
    if (TraceEvents_exports.isDebuggerAsyncTaskRun(maybeAsyncTaskScheduled)) {
      maybeAsyncTaskScheduled = taskScheduleForTaskRunEvent.get(maybeAsyncTaskScheduled);
    }
    if (!maybeAsyncTaskScheduled || !TraceEvents_exports.isDebuggerAsyncTaskScheduled(maybeAsyncTaskScheduled)) {
      continue;
    }
    const taskName = maybeAsyncTaskScheduled.args.taskName;
    const asyncTaskRun = flow.at(1);
    if (!asyncTaskRun || !TraceEvents_exports.isDebuggerAsyncTaskRun(asyncTaskRun)) {
      continue;
    }
    taskScheduleForTaskRunEvent.set(asyncTaskRun, maybeAsyncTaskScheduled);
    const asyncCaller = findNearestJSAncestor(maybeAsyncTaskScheduled, entryToNode4);
    const asyncEntryPoint = findFirstJsInvocationForAsyncTaskRun(asyncTaskRun, entryToNode4);
    runEntryPointToScheduler.set(asyncEntryPoint || asyncTaskRun, { taskName, scheduler: asyncCaller || maybeAsyncTaskScheduled });
    if (!asyncCaller || !asyncEntryPoint) {
      continue;
    }
    const entryPoints = MapUtilities_exports.getWithDefault(schedulerToRunEntryPoints, asyncCaller, () => []);
    entryPoints.push(asyncEntryPoint);
    const scheduledProfileCalls = findFirstJSCallsForAsyncTaskRun(asyncTaskRun, entryToNode4);
    for (const call of scheduledProfileCalls) {
      asyncCallToScheduler.set(call, { taskName, scheduler: asyncCaller });
    }
  }
}
__name(finalize9, "finalize");
function findNearestJSAncestor(asyncTaskScheduled, entryToNode4) {
  let node = entryToNode4.get(asyncTaskScheduled)?.parent;
  while (node) {
    if (TraceEvents_exports.isProfileCall(node.entry) || acceptJSInvocationsPredicate(node.entry)) {
      return node.entry;
    }
    node = node.parent;
  }
  return null;
}
__name(findNearestJSAncestor, "findNearestJSAncestor");
function acceptJSInvocationsPredicate(event) {
  const eventIsConsoleRunTask = TraceEvents_exports.isConsoleRunTask(event);
  const eventIsV8EntryPoint = event.name.startsWith("v8") || event.name.startsWith("V8");
  return TraceEvents_exports.isJSInvocationEvent(event) && (eventIsConsoleRunTask || !eventIsV8EntryPoint);
}
__name(acceptJSInvocationsPredicate, "acceptJSInvocationsPredicate");
function findFirstJsInvocationForAsyncTaskRun(asyncTaskRun, entryToNode4) {
  return findFirstDescendantsOfType(asyncTaskRun, entryToNode4, acceptJSInvocationsPredicate, TraceEvents_exports.isDebuggerAsyncTaskRun).at(0);
}
__name(findFirstJsInvocationForAsyncTaskRun, "findFirstJsInvocationForAsyncTaskRun");
function findFirstJSCallsForAsyncTaskRun(asyncTaskRun, entryToNode4) {
  return findFirstDescendantsOfType(asyncTaskRun, entryToNode4, TraceEvents_exports.isProfileCall, TraceEvents_exports.isDebuggerAsyncTaskRun);
}
__name(findFirstJSCallsForAsyncTaskRun, "findFirstJSCallsForAsyncTaskRun");
function findFirstDescendantsOfType(root, entryToNode4, predicateAccept, predicateIgnore) {
  const node = entryToNode4.get(root);
  if (!node) {
    return [];
  }
  const childrenGroups = [[...node.children]];
  const firstDescendants = [];
  for (let i = 0; i < childrenGroups.length; i++) {
    const siblings = childrenGroups[i];
    for (let j = 0; j < siblings.length; j++) {
      const node2 = siblings[j];
      if (predicateAccept(node2.entry)) {
        firstDescendants.push(node2.entry);
      } else if (!predicateIgnore(node2.entry)) {
        childrenGroups.push([...node2.children]);
      }
    }
  }
  return firstDescendants;
}
__name(findFirstDescendantsOfType, "findFirstDescendantsOfType");
function data9() {
  return {
    schedulerToRunEntryPoints,
    asyncCallToScheduler,
    runEntryPointToScheduler
  };
}
__name(data9, "data");
function deps4() {
  return ["Renderer", "Flows"];
}
__name(deps4, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/DOMStatsHandler.js
var DOMStatsHandler_exports = {};
__export(DOMStatsHandler_exports, {
  data: () => data10,
  finalize: () => finalize10,
  handleEvent: () => handleEvent10,
  reset: () => reset10
});
var domStatsByFrameId = /* @__PURE__ */ new Map();
function reset10() {
  domStatsByFrameId = /* @__PURE__ */ new Map();
}
__name(reset10, "reset");
function handleEvent10(event) {
  if (!TraceEvents_exports.isDOMStats(event)) {
    return;
  }
  const domStatEvents = MapUtilities_exports.getWithDefault(domStatsByFrameId, event.args.data.frame, () => []);
  domStatEvents.push(event);
}
__name(handleEvent10, "handleEvent");
async function finalize10() {
}
__name(finalize10, "finalize");
function data10() {
  return { domStatsByFrameId };
}
__name(data10, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/ExtensionTraceDataHandler.js
var ExtensionTraceDataHandler_exports = {};
__export(ExtensionTraceDataHandler_exports, {
  data: () => data12,
  deps: () => deps5,
  extensionDataInConsoleTimeStamp: () => extensionDataInConsoleTimeStamp,
  extensionDataInPerformanceTiming: () => extensionDataInPerformanceTiming,
  extractConsoleAPIExtensionEntries: () => extractConsoleAPIExtensionEntries,
  extractPerformanceAPIExtensionEntries: () => extractPerformanceAPIExtensionEntries,
  finalize: () => finalize12,
  handleEvent: () => handleEvent12,
  reset: () => reset12
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/UserTimingsHandler.js
var UserTimingsHandler_exports = {};
__export(UserTimingsHandler_exports, {
  data: () => data11,
  finalize: () => finalize11,
  handleEvent: () => handleEvent11,
  reset: () => reset11,
  userTimingComparator: () => userTimingComparator
});
var syntheticEvents = [];
var measureTraceByTraceId = /* @__PURE__ */ new Map();
var performanceMeasureEvents = [];
var performanceMarkEvents = [];
var consoleTimings = [];
var timestampEvents = [];
function reset11() {
  syntheticEvents = [];
  performanceMeasureEvents = [];
  performanceMarkEvents = [];
  consoleTimings = [];
  timestampEvents = [];
  measureTraceByTraceId = /* @__PURE__ */ new Map();
}
__name(reset11, "reset");
var resourceTimingNames = [
  "workerStart",
  "redirectStart",
  "redirectEnd",
  "fetchStart",
  "domainLookupStart",
  "domainLookupEnd",
  "connectStart",
  "connectEnd",
  "secureConnectionStart",
  "requestStart",
  "responseStart",
  "responseEnd"
];
var navTimingNames = [
  "navigationStart",
  "unloadEventStart",
  "unloadEventEnd",
  "redirectStart",
  "redirectEnd",
  "fetchStart",
  "commitNavigationEnd",
  "domainLookupStart",
  "domainLookupEnd",
  "connectStart",
  "connectEnd",
  "secureConnectionStart",
  "requestStart",
  "responseStart",
  "responseEnd",
  "domLoading",
  "domInteractive",
  "domContentLoadedEventStart",
  "domContentLoadedEventEnd",
  "domComplete",
  "loadEventStart",
  "loadEventEnd"
];
var ignoredNames = [...resourceTimingNames, ...navTimingNames];
function getEventTimings(event) {
  if ("dur" in event) {
    return { start: event.ts, end: Timing_exports.Micro(event.ts + (event.dur ?? 0)) };
  }
  if (TraceEvents_exports.isConsoleTimeStamp(event)) {
    const { start, end } = event.args.data || {};
    if (typeof start === "number" && typeof end === "number") {
      return { start: Timing_exports.Micro(start), end: Timing_exports.Micro(end) };
    }
  }
  return { start: event.ts, end: event.ts };
}
__name(getEventTimings, "getEventTimings");
function getEventTrack(event) {
  if (event.cat === "blink.user_timing") {
    const detailString = event.args.data.beginEvent.args?.detail;
    if (detailString) {
      const details = Trace_exports.parseDevtoolsDetails(detailString, "devtools");
      if (details && "track" in details) {
        return details.track;
      }
    }
  } else if (TraceEvents_exports.isConsoleTimeStamp(event)) {
    const track = event.args.data?.track;
    return typeof track === "string" ? track : void 0;
  }
  return void 0;
}
__name(getEventTrack, "getEventTrack");
function userTimingComparator(a, b, originalArray) {
  const { start: aStart, end: aEnd } = getEventTimings(a);
  const { start: bStart, end: bEnd } = getEventTimings(b);
  const timeDifference = Trace_exports.compareBeginAndEnd(aStart, bStart, aEnd, bEnd);
  if (timeDifference) {
    return timeDifference;
  }
  const aTrack = getEventTrack(a);
  const bTrack = getEventTrack(b);
  if (aTrack !== bTrack) {
    return 0;
  }
  const aIndex = originalArray.indexOf(a);
  const bIndex = originalArray.indexOf(b);
  return bIndex - aIndex;
}
__name(userTimingComparator, "userTimingComparator");
function handleEvent11(event) {
  if (ignoredNames.includes(event.name)) {
    return;
  }
  if (TraceEvents_exports.isUserTimingMeasure(event)) {
    measureTraceByTraceId.set(event.args.traceId, event);
  }
  if (TraceEvents_exports.isPerformanceMeasure(event)) {
    performanceMeasureEvents.push(event);
    return;
  }
  if (TraceEvents_exports.isPerformanceMark(event)) {
    performanceMarkEvents.push(event);
  }
  if (TraceEvents_exports.isConsoleTime(event)) {
    consoleTimings.push(event);
  }
  if (TraceEvents_exports.isConsoleTimeStamp(event)) {
    timestampEvents.push(event);
  }
}
__name(handleEvent11, "handleEvent");
async function finalize11() {
  const asyncEvents = [...performanceMeasureEvents, ...consoleTimings];
  syntheticEvents = Trace_exports.createMatchedSortedSyntheticEvents(asyncEvents);
  syntheticEvents = syntheticEvents.sort((a, b) => userTimingComparator(a, b, [...syntheticEvents]));
  timestampEvents = timestampEvents.sort((a, b) => userTimingComparator(a, b, [...timestampEvents]));
}
__name(finalize11, "finalize");
function data11() {
  return {
    consoleTimings: syntheticEvents.filter((e) => e.cat === "blink.console"),
    performanceMeasures: syntheticEvents.filter((e) => e.cat === "blink.user_timing"),
    performanceMarks: performanceMarkEvents,
    timestampEvents,
    measureTraceByTraceId
  };
}
__name(data11, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/ExtensionTraceDataHandler.js
var extensionTrackEntries = [];
var extensionTrackData = [];
var extensionMarkers = [];
var entryToNode3 = /* @__PURE__ */ new Map();
var timeStampByName = /* @__PURE__ */ new Map();
var syntheticConsoleEntriesForTimingsTrack = [];
function handleEvent12(_event) {
}
__name(handleEvent12, "handleEvent");
function reset12() {
  extensionTrackEntries = [];
  syntheticConsoleEntriesForTimingsTrack = [];
  extensionTrackData = [];
  extensionMarkers = [];
  entryToNode3 = /* @__PURE__ */ new Map();
  timeStampByName = /* @__PURE__ */ new Map();
}
__name(reset12, "reset");
async function finalize12() {
  createExtensionFlameChartEntries();
}
__name(finalize12, "finalize");
function createExtensionFlameChartEntries() {
  const pairedMeasures = data11().performanceMeasures;
  const marks = data11().performanceMarks;
  const mergedRawExtensionEvents = Trace_exports.mergeEventsInOrder(pairedMeasures, marks);
  extractPerformanceAPIExtensionEntries(mergedRawExtensionEvents);
  extractConsoleAPIExtensionEntries();
  Trace_exports.sortTraceEventsInPlace(extensionTrackEntries);
  Extensions_exports2.buildTrackDataFromExtensionEntries(extensionTrackEntries, extensionTrackData, entryToNode3);
}
__name(createExtensionFlameChartEntries, "createExtensionFlameChartEntries");
function extractConsoleAPIExtensionEntries() {
  const consoleTimeStamps = data11().timestampEvents;
  for (const currentTimeStamp of consoleTimeStamps) {
    if (!currentTimeStamp.args.data) {
      continue;
    }
    const timeStampName = String(currentTimeStamp.args.data.name ?? currentTimeStamp.args.data.message);
    timeStampByName.set(timeStampName, currentTimeStamp);
    const { devtoolsObj: extensionData, userDetail } = extensionDataInConsoleTimeStamp(currentTimeStamp);
    const start = currentTimeStamp.args.data.start;
    const end = currentTimeStamp.args.data.end;
    if (!extensionData && !start && !end) {
      continue;
    }
    const startTimeStamp = typeof start === "number" ? Timing_exports.Micro(start) : timeStampByName.get(String(start))?.ts;
    const endTimeStamp = typeof end === "number" ? Timing_exports.Micro(end) : timeStampByName.get(String(end))?.ts;
    if (endTimeStamp !== void 0 && startTimeStamp === void 0) {
      continue;
    }
    const entryStartTime = startTimeStamp ?? currentTimeStamp.ts;
    const entryEndTime = endTimeStamp ?? currentTimeStamp.ts;
    if (extensionData) {
      const unregisteredExtensionEntry = {
        ...currentTimeStamp,
        name: timeStampName,
        cat: "devtools.extension",
        devtoolsObj: extensionData,
        userDetail,
        rawSourceEvent: currentTimeStamp,
        dur: Timing_exports.Micro(entryEndTime - entryStartTime),
        ts: entryStartTime,
        ph: TraceEvents_exports.Phase.COMPLETE
      };
      const extensionEntry = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent(unregisteredExtensionEntry);
      extensionTrackEntries.push(extensionEntry);
      continue;
    }
    const unregisteredSyntheticTimeStamp = {
      ...currentTimeStamp,
      name: timeStampName,
      cat: "disabled-by-default-v8.inspector",
      ph: TraceEvents_exports.Phase.COMPLETE,
      ts: entryStartTime,
      dur: Timing_exports.Micro(entryEndTime - entryStartTime),
      rawSourceEvent: currentTimeStamp
    };
    const syntheticTimeStamp = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent(unregisteredSyntheticTimeStamp);
    syntheticConsoleEntriesForTimingsTrack.push(syntheticTimeStamp);
  }
}
__name(extractConsoleAPIExtensionEntries, "extractConsoleAPIExtensionEntries");
function extractPerformanceAPIExtensionEntries(timings) {
  for (const timing of timings) {
    const { devtoolsObj, userDetail } = extensionDataInPerformanceTiming(timing);
    if (!devtoolsObj) {
      continue;
    }
    const extensionSyntheticEntry = {
      name: timing.name,
      ph: Extensions_exports.isExtensionPayloadMarker(devtoolsObj) ? TraceEvents_exports.Phase.INSTANT : TraceEvents_exports.Phase.COMPLETE,
      pid: timing.pid,
      tid: timing.tid,
      ts: timing.ts,
      dur: timing.dur,
      cat: "devtools.extension",
      devtoolsObj,
      userDetail,
      rawSourceEvent: TraceEvents_exports.isSyntheticUserTiming(timing) ? timing.rawSourceEvent : timing
    };
    if (Extensions_exports.isExtensionPayloadMarker(devtoolsObj)) {
      const extensionMarker = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent(extensionSyntheticEntry);
      extensionMarkers.push(extensionMarker);
      continue;
    }
    if (Extensions_exports.isExtensionEntryObj(extensionSyntheticEntry.devtoolsObj)) {
      const extensionTrackEntry = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent(extensionSyntheticEntry);
      extensionTrackEntries.push(extensionTrackEntry);
      continue;
    }
  }
}
__name(extractPerformanceAPIExtensionEntries, "extractPerformanceAPIExtensionEntries");
function extensionDataInPerformanceTiming(timing) {
  const timingDetail = TraceEvents_exports.isPerformanceMark(timing) ? timing.args.data?.detail : timing.args.data.beginEvent.args.detail;
  if (!timingDetail) {
    return { devtoolsObj: null, userDetail: null };
  }
  const devtoolsObj = Trace_exports.parseDevtoolsDetails(timingDetail, "devtools");
  let userDetail = null;
  try {
    userDetail = JSON.parse(timingDetail);
    delete userDetail.devtools;
  } catch {
  }
  return { devtoolsObj, userDetail };
}
__name(extensionDataInPerformanceTiming, "extensionDataInPerformanceTiming");
function extensionDataInConsoleTimeStamp(timeStamp) {
  if (!timeStamp.args.data || !timeStamp.args.data.track) {
    return { devtoolsObj: null, userDetail: null };
  }
  let userDetail = null;
  try {
    userDetail = JSON.parse(timeStamp.args.data?.devtools || '""');
  } catch {
  }
  const devtoolsObj = {
    // the color is defaulted to primary if it's value isn't one from
    // the defined palette (see ExtensionUI::extensionEntryColor) so
    // we don't need to check the value is valid here.
    color: String(timeStamp.args.data.color),
    track: String(timeStamp.args.data.track),
    dataType: "track-entry",
    trackGroup: timeStamp.args.data.trackGroup !== void 0 ? String(timeStamp.args.data.trackGroup) : void 0
  };
  return { devtoolsObj, userDetail };
}
__name(extensionDataInConsoleTimeStamp, "extensionDataInConsoleTimeStamp");
function data12() {
  return {
    entryToNode: entryToNode3,
    extensionTrackData,
    extensionMarkers,
    syntheticConsoleEntriesForTimingsTrack
  };
}
__name(data12, "data");
function deps5() {
  return ["UserTimings"];
}
__name(deps5, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/FramesHandler.js
var FramesHandler_exports = {};
__export(FramesHandler_exports, {
  LayerPaintEvent: () => LayerPaintEvent,
  PendingFrame: () => PendingFrame,
  TimelineFrameBeginFrameQueue: () => TimelineFrameBeginFrameQueue,
  TimelineFrameModel: () => TimelineFrameModel,
  data: () => data14,
  deps: () => deps7,
  finalize: () => finalize14,
  framesWithinWindow: () => framesWithinWindow,
  handleEvent: () => handleEvent14,
  reset: () => reset14
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/LayerTreeHandler.js
var LayerTreeHandler_exports = {};
__export(LayerTreeHandler_exports, {
  data: () => data13,
  deps: () => deps6,
  finalize: () => finalize13,
  handleEvent: () => handleEvent13,
  reset: () => reset13
});
var paintEvents = [];
var snapshotEvents = [];
var paintToSnapshotMap = /* @__PURE__ */ new Map();
var lastPaintForLayerId = {};
var currentMainFrameLayerTreeId = null;
var updateLayerEvents = [];
var relevantEvents = [];
function reset13() {
  paintEvents = [];
  snapshotEvents = [];
  paintToSnapshotMap = /* @__PURE__ */ new Map();
  lastPaintForLayerId = {};
  currentMainFrameLayerTreeId = null;
  updateLayerEvents = [];
  relevantEvents = [];
}
__name(reset13, "reset");
function handleEvent13(event) {
  if (TraceEvents_exports.isPaint(event) || TraceEvents_exports.isDisplayListItemListSnapshot(event) || TraceEvents_exports.isUpdateLayer(event) || TraceEvents_exports.isSetLayerId(event)) {
    relevantEvents.push(event);
  }
}
__name(handleEvent13, "handleEvent");
async function finalize13() {
  const metaData = data5();
  Trace_exports.sortTraceEventsInPlace(relevantEvents);
  for (const event of relevantEvents) {
    if (TraceEvents_exports.isSetLayerId(event)) {
      if (metaData.mainFrameId !== event.args.data.frame) {
        continue;
      }
      currentMainFrameLayerTreeId = event.args.data.layerTreeId;
    } else if (TraceEvents_exports.isUpdateLayer(event)) {
      updateLayerEvents.push(event);
    } else if (TraceEvents_exports.isPaint(event)) {
      if (!event.args.data.layerId) {
        continue;
      }
      paintEvents.push(event);
      lastPaintForLayerId[event.args.data.layerId] = event;
      continue;
    } else if (TraceEvents_exports.isDisplayListItemListSnapshot(event)) {
      let lastUpdateLayerEventForThread = null;
      for (let i = updateLayerEvents.length - 1; i > -1; i--) {
        const updateEvent = updateLayerEvents[i];
        if (updateEvent.pid === event.pid && updateEvent.tid === event.tid) {
          lastUpdateLayerEventForThread = updateEvent;
          break;
        }
      }
      if (!lastUpdateLayerEventForThread) {
        continue;
      }
      if (lastUpdateLayerEventForThread.args.layerTreeId !== currentMainFrameLayerTreeId) {
        continue;
      }
      const paintEvent = lastPaintForLayerId[lastUpdateLayerEventForThread.args.layerId];
      if (!paintEvent) {
        continue;
      }
      snapshotEvents.push(event);
      paintToSnapshotMap.set(paintEvent, event);
    }
  }
}
__name(finalize13, "finalize");
function data13() {
  return {
    paints: paintEvents,
    snapshots: snapshotEvents,
    paintsToSnapshots: paintToSnapshotMap
  };
}
__name(data13, "data");
function deps6() {
  return ["Meta"];
}
__name(deps6, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/Threads.js
var Threads_exports = {};
__export(Threads_exports, {
  ThreadType: () => ThreadType,
  threadsInRenderer: () => threadsInRenderer,
  threadsInTrace: () => threadsInTrace
});
var ThreadType;
(function(ThreadType2) {
  ThreadType2["MAIN_THREAD"] = "MAIN_THREAD";
  ThreadType2["WORKER"] = "WORKER";
  ThreadType2["RASTERIZER"] = "RASTERIZER";
  ThreadType2["AUCTION_WORKLET"] = "AUCTION_WORKLET";
  ThreadType2["OTHER"] = "OTHER";
  ThreadType2["CPU_PROFILE"] = "CPU_PROFILE";
  ThreadType2["THREAD_POOL"] = "THREAD_POOL";
})(ThreadType || (ThreadType = {}));
function getThreadTypeForRendererThread(pid, thread, auctionWorkletsData) {
  let threadType = ThreadType.OTHER;
  if (thread.name === "CrRendererMain") {
    threadType = ThreadType.MAIN_THREAD;
  } else if (thread.name === "DedicatedWorker thread") {
    threadType = ThreadType.WORKER;
  } else if (thread.name?.startsWith("CompositorTileWorker")) {
    threadType = ThreadType.RASTERIZER;
  } else if (auctionWorkletsData.worklets.has(pid)) {
    threadType = ThreadType.AUCTION_WORKLET;
  } else if (thread.name?.startsWith("ThreadPool")) {
    threadType = ThreadType.THREAD_POOL;
  }
  return threadType;
}
__name(getThreadTypeForRendererThread, "getThreadTypeForRendererThread");
function threadsInRenderer(rendererData, auctionWorkletsData) {
  const foundThreads = [];
  if (rendererData.processes.size) {
    for (const [pid, process2] of rendererData.processes) {
      for (const [tid, thread] of process2.threads) {
        if (!thread.tree) {
          continue;
        }
        const threadType = getThreadTypeForRendererThread(pid, thread, auctionWorkletsData);
        foundThreads.push({
          name: thread.name,
          pid,
          tid,
          processIsOnMainFrame: process2.isOnMainFrame,
          entries: thread.entries,
          tree: thread.tree,
          type: threadType,
          entryToNode: rendererData.entryToNode
        });
      }
    }
  }
  return foundThreads;
}
__name(threadsInRenderer, "threadsInRenderer");
var threadsInHandlerDataCache = /* @__PURE__ */ new WeakMap();
function threadsInTrace(handlerData) {
  const cached = threadsInHandlerDataCache.get(handlerData);
  if (cached) {
    return cached;
  }
  const threadsFromRenderer = threadsInRenderer(handlerData.Renderer, handlerData.AuctionWorklets);
  if (threadsFromRenderer.length) {
    threadsInHandlerDataCache.set(handlerData, threadsFromRenderer);
    return threadsFromRenderer;
  }
  const foundThreads = [];
  if (handlerData.Samples.profilesInProcess.size) {
    for (const [pid, process2] of handlerData.Samples.profilesInProcess) {
      for (const [tid, thread] of process2) {
        if (!thread.profileTree) {
          continue;
        }
        foundThreads.push({
          pid,
          tid,
          // CPU Profile threads do not have a name.
          name: null,
          entries: thread.profileCalls,
          // There is no concept of a "Main Frame" in a CPU profile.
          processIsOnMainFrame: false,
          tree: thread.profileTree,
          type: ThreadType.CPU_PROFILE,
          entryToNode: handlerData.Samples.entryToNode
        });
      }
    }
  }
  threadsInHandlerDataCache.set(handlerData, foundThreads);
  return foundThreads;
}
__name(threadsInTrace, "threadsInTrace");

// node_modules/@paulirish/trace_engine/models/trace/handlers/FramesHandler.js
var model = null;
var relevantFrameEvents = [];
function isFrameEvent(event) {
  return TraceEvents_exports.isSetLayerId(event) || TraceEvents_exports.isBeginFrame(event) || TraceEvents_exports.isDroppedFrame(event) || TraceEvents_exports.isRequestMainThreadFrame(event) || TraceEvents_exports.isBeginMainThreadFrame(event) || TraceEvents_exports.isNeedsBeginFrameChanged(event) || // Note that "Commit" is the replacement for "CompositeLayers" so in a trace
  // we wouldn't expect to see a combination of these. All "new" trace
  // recordings use "Commit", but we can easily support "CompositeLayers" too
  // to not break older traces being imported.
  TraceEvents_exports.isCommit(event) || TraceEvents_exports.isCompositeLayers(event) || TraceEvents_exports.isActivateLayerTree(event) || TraceEvents_exports.isDrawFrame(event);
}
__name(isFrameEvent, "isFrameEvent");
function entryIsTopLevel(entry) {
  const devtoolsTimelineCategory = "disabled-by-default-devtools.timeline";
  return entry.name === TraceEvents_exports.Name.RUN_TASK && entry.cat.includes(devtoolsTimelineCategory);
}
__name(entryIsTopLevel, "entryIsTopLevel");
var MAIN_FRAME_MARKERS = /* @__PURE__ */ new Set([
  TraceEvents_exports.Name.SCHEDULE_STYLE_RECALCULATION,
  TraceEvents_exports.Name.INVALIDATE_LAYOUT,
  TraceEvents_exports.Name.BEGIN_MAIN_THREAD_FRAME,
  TraceEvents_exports.Name.SCROLL_LAYER
]);
function reset14() {
  model = null;
  relevantFrameEvents = [];
}
__name(reset14, "reset");
function handleEvent14(event) {
  if (isFrameEvent(event) || TraceEvents_exports.isLayerTreeHostImplSnapshot(event) || entryIsTopLevel(event) || MAIN_FRAME_MARKERS.has(event.name) || TraceEvents_exports.isPaint(event)) {
    relevantFrameEvents.push(event);
  }
}
__name(handleEvent14, "handleEvent");
async function finalize14() {
  Trace_exports.sortTraceEventsInPlace(relevantFrameEvents);
  const modelForTrace = new TimelineFrameModel(relevantFrameEvents, data8(), data4(), data5(), data13());
  model = modelForTrace;
}
__name(finalize14, "finalize");
function data14() {
  return {
    frames: model?.frames() ?? [],
    framesById: model?.framesById() ?? {}
  };
}
__name(data14, "data");
function deps7() {
  return ["Meta", "Renderer", "AuctionWorklets", "LayerTree"];
}
__name(deps7, "deps");
var TimelineFrameModel = class {
  static {
    __name(this, "TimelineFrameModel");
  }
  #frames = [];
  #frameById = {};
  #beginFrameQueue = new TimelineFrameBeginFrameQueue();
  #lastFrame = null;
  #mainFrameCommitted = false;
  #mainFrameRequested = false;
  #lastLayerTree = null;
  #framePendingActivation = null;
  #framePendingCommit = null;
  #lastBeginFrame = null;
  #lastNeedsBeginFrame = null;
  #lastTaskBeginTime = null;
  #layerTreeId = null;
  #activeProcessId = null;
  #activeThreadId = null;
  #layerTreeData;
  constructor(allEvents, rendererData, auctionWorkletsData, metaData, layerTreeData) {
    const mainThreads = threadsInRenderer(rendererData, auctionWorkletsData).filter((thread) => {
      return thread.type === ThreadType.MAIN_THREAD && thread.processIsOnMainFrame;
    });
    const threadData = mainThreads.map((thread) => {
      return {
        tid: thread.tid,
        pid: thread.pid,
        startTime: thread.entries[0].ts
      };
    });
    this.#layerTreeData = layerTreeData;
    this.#addTraceEvents(allEvents, threadData, metaData.mainFrameId);
  }
  framesById() {
    return this.#frameById;
  }
  frames() {
    return this.#frames;
  }
  #handleBeginFrame(startTime, seqId) {
    if (!this.#lastFrame) {
      this.#startFrame(startTime, seqId);
    }
    this.#lastBeginFrame = startTime;
    this.#beginFrameQueue.addFrameIfNotExists(seqId, startTime, false, false);
  }
  #handleDroppedFrame(startTime, seqId, isPartial) {
    if (!this.#lastFrame) {
      this.#startFrame(startTime, seqId);
    }
    this.#beginFrameQueue.addFrameIfNotExists(seqId, startTime, true, isPartial);
    this.#beginFrameQueue.setDropped(seqId, true);
    this.#beginFrameQueue.setPartial(seqId, isPartial);
  }
  #handleDrawFrame(startTime, seqId) {
    if (!this.#lastFrame) {
      this.#startFrame(startTime, seqId);
      return;
    }
    if (this.#mainFrameCommitted || !this.#mainFrameRequested) {
      if (this.#lastNeedsBeginFrame) {
        const idleTimeEnd = this.#framePendingActivation ? this.#framePendingActivation.triggerTime : this.#lastBeginFrame || this.#lastNeedsBeginFrame;
        if (idleTimeEnd > this.#lastFrame.startTime) {
          this.#lastFrame.idle = true;
          this.#lastBeginFrame = null;
        }
        this.#lastNeedsBeginFrame = null;
      }
      const framesToVisualize = this.#beginFrameQueue.processPendingBeginFramesOnDrawFrame(seqId);
      for (const frame of framesToVisualize) {
        const isLastFrameIdle = this.#lastFrame.idle;
        this.#startFrame(frame.startTime, seqId);
        if (isLastFrameIdle && this.#framePendingActivation) {
          this.#commitPendingFrame();
        }
        if (frame.isDropped) {
          this.#lastFrame.dropped = true;
        }
        if (frame.isPartial) {
          this.#lastFrame.isPartial = true;
        }
      }
    }
    this.#mainFrameCommitted = false;
  }
  #handleActivateLayerTree() {
    if (!this.#lastFrame) {
      return;
    }
    if (this.#framePendingActivation && !this.#lastNeedsBeginFrame) {
      this.#commitPendingFrame();
    }
  }
  #handleRequestMainThreadFrame() {
    if (!this.#lastFrame) {
      return;
    }
    this.#mainFrameRequested = true;
  }
  #handleCommit() {
    if (!this.#framePendingCommit) {
      return;
    }
    this.#framePendingActivation = this.#framePendingCommit;
    this.#framePendingCommit = null;
    this.#mainFrameRequested = false;
    this.#mainFrameCommitted = true;
  }
  #handleLayerTreeSnapshot(layerTree) {
    this.#lastLayerTree = layerTree;
  }
  #handleNeedFrameChanged(startTime, needsBeginFrame) {
    if (needsBeginFrame) {
      this.#lastNeedsBeginFrame = startTime;
    }
  }
  #startFrame(startTime, seqId) {
    if (this.#lastFrame) {
      this.#flushFrame(this.#lastFrame, startTime);
    }
    this.#lastFrame = new TimelineFrame(seqId, startTime, Timing_exports.Micro(startTime - data5().traceBounds.min));
  }
  #flushFrame(frame, endTime) {
    frame.setLayerTree(this.#lastLayerTree);
    frame.setEndTime(endTime);
    if (this.#lastLayerTree) {
      this.#lastLayerTree.paints = frame.paints;
    }
    const lastFrame = this.#frames[this.#frames.length - 1];
    if (this.#frames.length && lastFrame && (frame.startTime !== lastFrame.endTime || frame.startTime > frame.endTime)) {
      console.assert(false, `Inconsistent frame time for frame ${this.#frames.length} (${frame.startTime} - ${frame.endTime})`);
    }
    const newFramesLength = this.#frames.push(frame);
    frame.setIndex(newFramesLength - 1);
    if (typeof frame.mainFrameId === "number") {
      this.#frameById[frame.mainFrameId] = frame;
    }
  }
  #commitPendingFrame() {
    if (!this.#framePendingActivation || !this.#lastFrame) {
      return;
    }
    this.#lastFrame.paints = this.#framePendingActivation.paints;
    this.#lastFrame.mainFrameId = this.#framePendingActivation.mainFrameId;
    this.#framePendingActivation = null;
  }
  #addTraceEvents(events, threadData, mainFrameId2) {
    let j = 0;
    this.#activeThreadId = threadData.length && threadData[0].tid || null;
    this.#activeProcessId = threadData.length && threadData[0].pid || null;
    for (let i = 0; i < events.length; ++i) {
      while (j + 1 < threadData.length && threadData[j + 1].startTime <= events[i].ts) {
        this.#activeThreadId = threadData[++j].tid;
        this.#activeProcessId = threadData[j].pid;
      }
      this.#addTraceEvent(events[i], mainFrameId2);
    }
    this.#activeThreadId = null;
    this.#activeProcessId = null;
  }
  #addTraceEvent(event, mainFrameId2) {
    if (TraceEvents_exports.isSetLayerId(event) && event.args.data.frame === mainFrameId2) {
      this.#layerTreeId = event.args.data.layerTreeId;
    } else if (TraceEvents_exports.isLayerTreeHostImplSnapshot(event) && Number(event.id) === this.#layerTreeId) {
      this.#handleLayerTreeSnapshot({
        entry: event,
        paints: []
      });
    } else {
      if (isFrameEvent(event)) {
        this.#processCompositorEvents(event);
      }
      if (event.tid === this.#activeThreadId && event.pid === this.#activeProcessId) {
        this.#addMainThreadTraceEvent(event);
      }
    }
  }
  #processCompositorEvents(entry) {
    if (entry.args["layerTreeId"] !== this.#layerTreeId) {
      return;
    }
    if (TraceEvents_exports.isBeginFrame(entry)) {
      this.#handleBeginFrame(entry.ts, entry.args["frameSeqId"]);
    } else if (TraceEvents_exports.isDrawFrame(entry)) {
      this.#handleDrawFrame(entry.ts, entry.args["frameSeqId"]);
    } else if (TraceEvents_exports.isActivateLayerTree(entry)) {
      this.#handleActivateLayerTree();
    } else if (TraceEvents_exports.isRequestMainThreadFrame(entry)) {
      this.#handleRequestMainThreadFrame();
    } else if (TraceEvents_exports.isNeedsBeginFrameChanged(entry)) {
      this.#handleNeedFrameChanged(entry.ts, entry.args["data"] && Boolean(entry.args["data"]["needsBeginFrame"]));
    } else if (TraceEvents_exports.isDroppedFrame(entry)) {
      this.#handleDroppedFrame(entry.ts, entry.args["frameSeqId"], Boolean(entry.args["hasPartialUpdate"]));
    }
  }
  #addMainThreadTraceEvent(entry) {
    if (entryIsTopLevel(entry)) {
      this.#lastTaskBeginTime = entry.ts;
    }
    if (!this.#framePendingCommit && MAIN_FRAME_MARKERS.has(entry.name)) {
      this.#framePendingCommit = new PendingFrame(this.#lastTaskBeginTime || entry.ts);
    }
    if (!this.#framePendingCommit) {
      return;
    }
    if (TraceEvents_exports.isBeginMainThreadFrame(entry) && entry.args.data.frameId) {
      this.#framePendingCommit.mainFrameId = entry.args.data.frameId;
    }
    if (TraceEvents_exports.isPaint(entry)) {
      const snapshot = this.#layerTreeData.paintsToSnapshots.get(entry);
      if (snapshot) {
        this.#framePendingCommit.paints.push(new LayerPaintEvent(entry, snapshot));
      }
    }
    if ((TraceEvents_exports.isCompositeLayers(entry) || TraceEvents_exports.isCommit(entry)) && entry.args["layerTreeId"] === this.#layerTreeId) {
      this.#handleCommit();
    }
  }
};
var TimelineFrame = class {
  static {
    __name(this, "TimelineFrame");
  }
  // These fields exist to satisfy the base Event type which all
  // "trace events" must implement. They aren't used, but doing this means we
  // can pass `TimelineFrame` instances into places that expect
  // Types.Events.Event.
  cat = "devtools.legacy_frame";
  name = "frame";
  ph = TraceEvents_exports.Phase.COMPLETE;
  ts;
  pid = TraceEvents_exports.ProcessID(-1);
  tid = TraceEvents_exports.ThreadID(-1);
  index = -1;
  startTime;
  startTimeOffset;
  endTime;
  duration;
  idle;
  dropped;
  isPartial;
  layerTree;
  paints;
  mainFrameId;
  seqId;
  constructor(seqId, startTime, startTimeOffset) {
    this.seqId = seqId;
    this.startTime = startTime;
    this.ts = startTime;
    this.startTimeOffset = startTimeOffset;
    this.endTime = this.startTime;
    this.duration = Timing_exports.Micro(0);
    this.idle = false;
    this.dropped = false;
    this.isPartial = false;
    this.layerTree = null;
    this.paints = [];
    this.mainFrameId = void 0;
  }
  setIndex(i) {
    this.index = i;
  }
  setEndTime(endTime) {
    this.endTime = endTime;
    this.duration = Timing_exports.Micro(this.endTime - this.startTime);
  }
  setLayerTree(layerTree) {
    this.layerTree = layerTree;
  }
  /**
   * Fake the `dur` field to meet the expected value given that we pretend
   * these TimelineFrame classes are trace events across the codebase.
   */
  get dur() {
    return this.duration;
  }
};
var LayerPaintEvent = class {
  static {
    __name(this, "LayerPaintEvent");
  }
  #event;
  #snapshot;
  constructor(event, snapshot) {
    this.#event = event;
    this.#snapshot = snapshot;
  }
  layerId() {
    return this.#event.args.data.layerId;
  }
  event() {
    return this.#event;
  }
  picture() {
    const rect = this.#snapshot.args.snapshot.params?.layer_rect;
    const pictureData = this.#snapshot.args.snapshot.skp64;
    return rect && pictureData ? { rect, serializedPicture: pictureData } : null;
  }
};
var PendingFrame = class {
  static {
    __name(this, "PendingFrame");
  }
  paints;
  mainFrameId;
  triggerTime;
  constructor(triggerTime) {
    this.paints = [];
    this.mainFrameId = void 0;
    this.triggerTime = triggerTime;
  }
};
var BeginFrameInfo = class {
  static {
    __name(this, "BeginFrameInfo");
  }
  seqId;
  startTime;
  isDropped;
  isPartial;
  constructor(seqId, startTime, isDropped, isPartial) {
    this.seqId = seqId;
    this.startTime = startTime;
    this.isDropped = isDropped;
    this.isPartial = isPartial;
  }
};
var TimelineFrameBeginFrameQueue = class {
  static {
    __name(this, "TimelineFrameBeginFrameQueue");
  }
  queueFrames = [];
  // Maps frameSeqId to BeginFrameInfo.
  mapFrames = /* @__PURE__ */ new Map();
  // Add a BeginFrame to the queue, if it does not already exit.
  addFrameIfNotExists(seqId, startTime, isDropped, isPartial) {
    if (!this.mapFrames.has(seqId)) {
      this.mapFrames.set(seqId, new BeginFrameInfo(seqId, startTime, isDropped, isPartial));
      this.queueFrames.push(seqId);
    }
  }
  // Set a BeginFrame in queue as dropped.
  setDropped(seqId, isDropped) {
    const frame = this.mapFrames.get(seqId);
    if (frame) {
      frame.isDropped = isDropped;
    }
  }
  setPartial(seqId, isPartial) {
    const frame = this.mapFrames.get(seqId);
    if (frame) {
      frame.isPartial = isPartial;
    }
  }
  processPendingBeginFramesOnDrawFrame(seqId) {
    const framesToVisualize = [];
    if (this.mapFrames.has(seqId)) {
      while (this.queueFrames[0] !== seqId) {
        const currentSeqId = this.queueFrames[0];
        const currentFrame = this.mapFrames.get(currentSeqId);
        if (currentFrame && currentFrame.isDropped) {
          framesToVisualize.push(currentFrame);
        }
        this.mapFrames.delete(currentSeqId);
        this.queueFrames.shift();
      }
      const frame = this.mapFrames.get(seqId);
      if (frame) {
        framesToVisualize.push(frame);
      }
      this.mapFrames.delete(seqId);
      this.queueFrames.shift();
    }
    return framesToVisualize;
  }
};
function framesWithinWindow(frames2, startTime, endTime) {
  const firstFrame = ArrayUtilities_exports.lowerBound(frames2, startTime || 0, (time, frame) => time - frame.endTime);
  const lastFrame = ArrayUtilities_exports.lowerBound(frames2, endTime || Infinity, (time, frame) => time - frame.startTime);
  return frames2.slice(firstFrame, lastFrame);
}
__name(framesWithinWindow, "framesWithinWindow");

// node_modules/@paulirish/trace_engine/models/trace/handlers/GPUHandler.js
var GPUHandler_exports = {};
__export(GPUHandler_exports, {
  data: () => data15,
  deps: () => deps8,
  finalize: () => finalize15,
  handleEvent: () => handleEvent15,
  reset: () => reset15
});
var eventsInProcessThread = /* @__PURE__ */ new Map();
var mainGPUThreadTasks = [];
function reset15() {
  eventsInProcessThread = /* @__PURE__ */ new Map();
  mainGPUThreadTasks = [];
}
__name(reset15, "reset");
function handleEvent15(event) {
  if (!TraceEvents_exports.isGPUTask(event)) {
    return;
  }
  Trace_exports.addEventToProcessThread(event, eventsInProcessThread);
}
__name(handleEvent15, "handleEvent");
async function finalize15() {
  const { gpuProcessId: gpuProcessId2, gpuThreadId: gpuThreadId2 } = data5();
  const gpuThreadsForProcess = eventsInProcessThread.get(gpuProcessId2);
  if (gpuThreadsForProcess && gpuThreadId2) {
    mainGPUThreadTasks = gpuThreadsForProcess.get(gpuThreadId2) || [];
  }
}
__name(finalize15, "finalize");
function data15() {
  return {
    mainGPUThreadTasks
  };
}
__name(data15, "data");
function deps8() {
  return ["Meta"];
}
__name(deps8, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/ImagePaintingHandler.js
var ImagePaintingHandler_exports = {};
__export(ImagePaintingHandler_exports, {
  data: () => data16,
  finalize: () => finalize16,
  handleEvent: () => handleEvent16,
  reset: () => reset16
});
var paintImageEvents = /* @__PURE__ */ new Map();
var decodeLazyPixelRefEvents = /* @__PURE__ */ new Map();
var paintImageByLazyPixelRef = /* @__PURE__ */ new Map();
var eventToPaintImage = /* @__PURE__ */ new Map();
var urlToPaintImage = /* @__PURE__ */ new Map();
var paintEventToCorrectedDisplaySize = /* @__PURE__ */ new Map();
var didCorrectForHostDpr = false;
function reset16() {
  paintImageEvents = /* @__PURE__ */ new Map();
  decodeLazyPixelRefEvents = /* @__PURE__ */ new Map();
  paintImageByLazyPixelRef = /* @__PURE__ */ new Map();
  eventToPaintImage = /* @__PURE__ */ new Map();
  urlToPaintImage = /* @__PURE__ */ new Map();
  paintEventToCorrectedDisplaySize = /* @__PURE__ */ new Map();
  didCorrectForHostDpr = false;
}
__name(reset16, "reset");
function handleEvent16(event) {
  if (TraceEvents_exports.isPaintImage(event)) {
    const forProcess = paintImageEvents.get(event.pid) || /* @__PURE__ */ new Map();
    const forThread = forProcess.get(event.tid) || [];
    forThread.push(event);
    forProcess.set(event.tid, forThread);
    paintImageEvents.set(event.pid, forProcess);
    if (event.args.data.url) {
      const paintsForUrl = MapUtilities_exports.getWithDefault(urlToPaintImage, event.args.data.url, () => []);
      paintsForUrl.push(event);
    }
    return;
  }
  if (TraceEvents_exports.isDecodeLazyPixelRef(event) && typeof event.args?.LazyPixelRef !== "undefined") {
    const forProcess = decodeLazyPixelRefEvents.get(event.pid) || /* @__PURE__ */ new Map();
    const forThread = forProcess.get(event.tid) || [];
    forThread.push(event);
    forProcess.set(event.tid, forThread);
    decodeLazyPixelRefEvents.set(event.pid, forProcess);
  }
  if (TraceEvents_exports.isDrawLazyPixelRef(event) && typeof event.args?.LazyPixelRef !== "undefined") {
    const lastPaintEvent = paintImageEvents.get(event.pid)?.get(event.tid)?.at(-1);
    if (!lastPaintEvent) {
      return;
    }
    paintImageByLazyPixelRef.set(event.args.LazyPixelRef, lastPaintEvent);
    return;
  }
  if (TraceEvents_exports.isDecodeImage(event)) {
    const lastPaintImageEventOnThread = paintImageEvents.get(event.pid)?.get(event.tid)?.at(-1);
    if (lastPaintImageEventOnThread) {
      eventToPaintImage.set(event, lastPaintImageEventOnThread);
      return;
    }
    const lastDecodeLazyPixelRef = decodeLazyPixelRefEvents.get(event.pid)?.get(event.tid)?.at(-1);
    if (typeof lastDecodeLazyPixelRef?.args?.LazyPixelRef === "undefined") {
      return;
    }
    const paintEvent = paintImageByLazyPixelRef.get(lastDecodeLazyPixelRef.args.LazyPixelRef);
    if (!paintEvent) {
      return;
    }
    eventToPaintImage.set(event, paintEvent);
  }
}
__name(handleEvent16, "handleEvent");
async function finalize16(options) {
  if (!options.metadata?.hostDPR) {
    return;
  }
  const { devicePixelRatio: emulatedDpr } = data5();
  if (!emulatedDpr) {
    return;
  }
  for (const byThread of paintImageEvents.values()) {
    for (const paintEvents2 of byThread.values()) {
      for (const paintEvent of paintEvents2) {
        const cssPixelsWidth = paintEvent.args.data.width / options.metadata.hostDPR;
        const cssPixelsHeight = paintEvent.args.data.height / options.metadata.hostDPR;
        const width = cssPixelsWidth * emulatedDpr;
        const height = cssPixelsHeight * emulatedDpr;
        paintEventToCorrectedDisplaySize.set(paintEvent, { width, height });
      }
    }
  }
  didCorrectForHostDpr = true;
}
__name(finalize16, "finalize");
function data16() {
  return {
    paintImageByDrawLazyPixelRef: paintImageByLazyPixelRef,
    paintImageForEvent: eventToPaintImage,
    paintImageEventForUrl: urlToPaintImage,
    paintEventToCorrectedDisplaySize,
    didCorrectForHostDpr
  };
}
__name(data16, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/InitiatorsHandler.js
var InitiatorsHandler_exports = {};
__export(InitiatorsHandler_exports, {
  data: () => data17,
  deps: () => deps9,
  finalize: () => finalize17,
  handleEvent: () => handleEvent17,
  reset: () => reset17
});
var lastScheduleStyleRecalcByFrame = /* @__PURE__ */ new Map();
var lastInvalidationEventForFrame = /* @__PURE__ */ new Map();
var lastRecalcByFrame = /* @__PURE__ */ new Map();
var eventToInitiatorMap2 = /* @__PURE__ */ new Map();
var initiatorToEventsMap = /* @__PURE__ */ new Map();
var timerInstallEventsById = /* @__PURE__ */ new Map();
var requestIdleCallbackEventsById = /* @__PURE__ */ new Map();
var webSocketCreateEventsById = /* @__PURE__ */ new Map();
var schedulePostTaskCallbackEventsById = /* @__PURE__ */ new Map();
function reset17() {
  lastScheduleStyleRecalcByFrame = /* @__PURE__ */ new Map();
  lastInvalidationEventForFrame = /* @__PURE__ */ new Map();
  lastRecalcByFrame = /* @__PURE__ */ new Map();
  timerInstallEventsById = /* @__PURE__ */ new Map();
  eventToInitiatorMap2 = /* @__PURE__ */ new Map();
  initiatorToEventsMap = /* @__PURE__ */ new Map();
  requestIdleCallbackEventsById = /* @__PURE__ */ new Map();
  webSocketCreateEventsById = /* @__PURE__ */ new Map();
  schedulePostTaskCallbackEventsById = /* @__PURE__ */ new Map();
}
__name(reset17, "reset");
function storeInitiator(data31) {
  eventToInitiatorMap2.set(data31.event, data31.initiator);
  const eventsForInitiator = initiatorToEventsMap.get(data31.initiator) || [];
  eventsForInitiator.push(data31.event);
  initiatorToEventsMap.set(data31.initiator, eventsForInitiator);
}
__name(storeInitiator, "storeInitiator");
function handleEvent17(event) {
  if (TraceEvents_exports.isScheduleStyleRecalculation(event)) {
    lastScheduleStyleRecalcByFrame.set(event.args.data.frame, event);
  } else if (TraceEvents_exports.isRecalcStyle(event)) {
    if (event.args.beginData) {
      lastRecalcByFrame.set(event.args.beginData.frame, event);
      const scheduledStyleForFrame = lastScheduleStyleRecalcByFrame.get(event.args.beginData.frame);
      if (scheduledStyleForFrame) {
        storeInitiator({
          event,
          initiator: scheduledStyleForFrame
        });
      }
    }
  } else if (TraceEvents_exports.isInvalidateLayout(event)) {
    let invalidationInitiator = event;
    if (!lastInvalidationEventForFrame.has(event.args.data.frame)) {
      const lastRecalcStyleForFrame = lastRecalcByFrame.get(event.args.data.frame);
      if (lastRecalcStyleForFrame) {
        const { endTime } = Timing_exports3.eventTimingsMicroSeconds(lastRecalcStyleForFrame);
        const initiatorOfRecalcStyle = eventToInitiatorMap2.get(lastRecalcStyleForFrame);
        if (initiatorOfRecalcStyle && endTime && endTime > event.ts) {
          invalidationInitiator = initiatorOfRecalcStyle;
        }
      }
    }
    lastInvalidationEventForFrame.set(event.args.data.frame, invalidationInitiator);
  } else if (TraceEvents_exports.isLayout(event)) {
    const lastInvalidation = lastInvalidationEventForFrame.get(event.args.beginData.frame);
    if (lastInvalidation) {
      storeInitiator({
        event,
        initiator: lastInvalidation
      });
    }
    lastInvalidationEventForFrame.delete(event.args.beginData.frame);
  } else if (TraceEvents_exports.isTimerInstall(event)) {
    timerInstallEventsById.set(event.args.data.timerId, event);
  } else if (TraceEvents_exports.isTimerFire(event)) {
    const matchingInstall = timerInstallEventsById.get(event.args.data.timerId);
    if (matchingInstall) {
      storeInitiator({ event, initiator: matchingInstall });
    }
  } else if (TraceEvents_exports.isRequestIdleCallback(event)) {
    requestIdleCallbackEventsById.set(event.args.data.id, event);
  } else if (TraceEvents_exports.isFireIdleCallback(event)) {
    const matchingRequestEvent = requestIdleCallbackEventsById.get(event.args.data.id);
    if (matchingRequestEvent) {
      storeInitiator({
        event,
        initiator: matchingRequestEvent
      });
    }
  } else if (TraceEvents_exports.isWebSocketCreate(event)) {
    webSocketCreateEventsById.set(event.args.data.identifier, event);
  } else if (TraceEvents_exports.isWebSocketInfo(event) || TraceEvents_exports.isWebSocketTransfer(event)) {
    const matchingCreateEvent = webSocketCreateEventsById.get(event.args.data.identifier);
    if (matchingCreateEvent) {
      storeInitiator({
        event,
        initiator: matchingCreateEvent
      });
    }
  } else if (TraceEvents_exports.isSchedulePostTaskCallback(event)) {
    schedulePostTaskCallbackEventsById.set(event.args.data.taskId, event);
  } else if (TraceEvents_exports.isRunPostTaskCallback(event) || TraceEvents_exports.isAbortPostTaskCallback(event)) {
    const matchingSchedule = schedulePostTaskCallbackEventsById.get(event.args.data.taskId);
    if (matchingSchedule) {
      storeInitiator({ event, initiator: matchingSchedule });
    }
  }
}
__name(handleEvent17, "handleEvent");
function createRelationshipsFromFlows() {
  const flows2 = data3().flows;
  for (let i = 0; i < flows2.length; i++) {
    const flow = flows2[i];
    for (let j = 0; j < flow.length - 1; j++) {
      storeInitiator({ event: flow[j + 1], initiator: flow[j] });
    }
  }
}
__name(createRelationshipsFromFlows, "createRelationshipsFromFlows");
function createRelationshipsFromAsyncJSCalls() {
  const asyncCallEntries = data9().schedulerToRunEntryPoints.entries();
  for (const [asyncCaller, asyncCallees] of asyncCallEntries) {
    for (const asyncCallee of asyncCallees) {
      storeInitiator({ event: asyncCallee, initiator: asyncCaller });
    }
  }
}
__name(createRelationshipsFromAsyncJSCalls, "createRelationshipsFromAsyncJSCalls");
async function finalize17() {
  createRelationshipsFromFlows();
  createRelationshipsFromAsyncJSCalls();
}
__name(finalize17, "finalize");
function data17() {
  return {
    eventToInitiator: eventToInitiatorMap2,
    initiatorToEvents: initiatorToEventsMap
  };
}
__name(data17, "data");
function deps9() {
  return ["Flows", "AsyncJSCalls"];
}
__name(deps9, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/InvalidationsHandler.js
var InvalidationsHandler_exports = {};
__export(InvalidationsHandler_exports, {
  data: () => data18,
  finalize: () => finalize18,
  handleEvent: () => handleEvent18,
  handleUserConfig: () => handleUserConfig3,
  reset: () => reset18
});
var frameStateByFrame = /* @__PURE__ */ new Map();
var maxInvalidationsPerEvent = null;
function reset18() {
  frameStateByFrame.clear();
  maxInvalidationsPerEvent = null;
}
__name(reset18, "reset");
function handleUserConfig3(userConfig) {
  maxInvalidationsPerEvent = userConfig.maxInvalidationEventsPerEvent;
}
__name(handleUserConfig3, "handleUserConfig");
function getState(frameId) {
  let frameState = frameStateByFrame.get(frameId);
  if (!frameState) {
    frameState = {
      invalidationsForEvent: /* @__PURE__ */ new Map(),
      invalidationCountForEvent: /* @__PURE__ */ new Map(),
      lastRecalcStyleEvent: null,
      pendingInvalidations: [],
      hasPainted: false
    };
    frameStateByFrame.set(frameId, frameState);
  }
  return frameState;
}
__name(getState, "getState");
function getFrameId(event) {
  if (TraceEvents_exports.isRecalcStyle(event) || TraceEvents_exports.isLayout(event)) {
    return event.args.beginData?.frame ?? null;
  }
  return event.args?.data?.frame ?? null;
}
__name(getFrameId, "getFrameId");
function addInvalidationToEvent(frameState, event, invalidation) {
  const existingInvalidations = frameState.invalidationsForEvent.get(event) || [];
  existingInvalidations.push(invalidation);
  if (maxInvalidationsPerEvent !== null && existingInvalidations.length > maxInvalidationsPerEvent) {
    existingInvalidations.shift();
  }
  frameState.invalidationsForEvent.set(event, existingInvalidations);
  const count = frameState.invalidationCountForEvent.get(event) ?? 0;
  frameState.invalidationCountForEvent.set(event, count + 1);
}
__name(addInvalidationToEvent, "addInvalidationToEvent");
function handleEvent18(event) {
  if (maxInvalidationsPerEvent === 0) {
    return;
  }
  const frameId = getFrameId(event);
  if (!frameId) {
    return;
  }
  const thisFrame = getState(frameId);
  if (TraceEvents_exports.isRecalcStyle(event)) {
    thisFrame.lastRecalcStyleEvent = event;
    for (const invalidation of thisFrame.pendingInvalidations) {
      if (TraceEvents_exports.isLayoutInvalidationTracking(invalidation)) {
        continue;
      }
      addInvalidationToEvent(thisFrame, event, invalidation);
    }
    return;
  }
  if (TraceEvents_exports.isInvalidationTracking(event)) {
    if (thisFrame.hasPainted) {
      thisFrame.pendingInvalidations.length = 0;
      thisFrame.lastRecalcStyleEvent = null;
      thisFrame.hasPainted = false;
    }
    if (thisFrame.lastRecalcStyleEvent && (TraceEvents_exports.isScheduleStyleInvalidationTracking(event) || TraceEvents_exports.isStyleRecalcInvalidationTracking(event) || TraceEvents_exports.isStyleInvalidatorInvalidationTracking(event))) {
      const recalcLastRecalc = thisFrame.lastRecalcStyleEvent;
      const recalcEndTime = recalcLastRecalc.ts + (recalcLastRecalc.dur || 0);
      if (event.ts >= recalcLastRecalc.ts && event.ts <= recalcEndTime) {
        addInvalidationToEvent(thisFrame, recalcLastRecalc, event);
      }
    }
    thisFrame.pendingInvalidations.push(event);
    return;
  }
  if (TraceEvents_exports.isPaint(event)) {
    thisFrame.hasPainted = true;
    return;
  }
  if (TraceEvents_exports.isLayout(event)) {
    for (const invalidation of thisFrame.pendingInvalidations) {
      if (!TraceEvents_exports.isLayoutInvalidationTracking(invalidation)) {
        continue;
      }
      addInvalidationToEvent(thisFrame, event, invalidation);
    }
  }
}
__name(handleEvent18, "handleEvent");
async function finalize18() {
}
__name(finalize18, "finalize");
function data18() {
  const invalidationsForEvent = /* @__PURE__ */ new Map();
  const invalidationCountForEvent = /* @__PURE__ */ new Map();
  for (const frame of frameStateByFrame.values()) {
    for (const [event, invalidations] of frame.invalidationsForEvent.entries()) {
      invalidationsForEvent.set(event, invalidations);
    }
    for (const [event, count] of frame.invalidationCountForEvent.entries()) {
      invalidationCountForEvent.set(event, count);
    }
  }
  return {
    invalidationsForEvent,
    invalidationCountForEvent
  };
}
__name(data18, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/LargestImagePaintHandler.js
var LargestImagePaintHandler_exports = {};
__export(LargestImagePaintHandler_exports, {
  data: () => data20,
  deps: () => deps11,
  finalize: () => finalize20,
  handleEvent: () => handleEvent20,
  reset: () => reset20
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/PageLoadMetricsHandler.js
var PageLoadMetricsHandler_exports = {};
__export(PageLoadMetricsHandler_exports, {
  MetricName: () => MetricName,
  ScoreClassification: () => ScoreClassification,
  data: () => data19,
  deps: () => deps10,
  finalize: () => finalize19,
  getFrameIdForPageLoadEvent: () => getFrameIdForPageLoadEvent,
  handleEvent: () => handleEvent19,
  metricIsLCP: () => metricIsLCP,
  reset: () => reset19,
  scoreClassificationForDOMContentLoaded: () => scoreClassificationForDOMContentLoaded,
  scoreClassificationForFirstContentfulPaint: () => scoreClassificationForFirstContentfulPaint,
  scoreClassificationForLargestContentfulPaint: () => scoreClassificationForLargestContentfulPaint,
  scoreClassificationForTimeToInteractive: () => scoreClassificationForTimeToInteractive,
  scoreClassificationForTotalBlockingTime: () => scoreClassificationForTotalBlockingTime
});
var metricScoresByFrameId = /* @__PURE__ */ new Map();
var allMarkerEvents = [];
var metaCharsetCheckEventsByNavigation = /* @__PURE__ */ new Map();
var metaCharsetCheckEventsArray = [];
function reset19() {
  metricScoresByFrameId = /* @__PURE__ */ new Map();
  pageLoadEventsArray = [];
  allMarkerEvents = [];
  selectedLCPCandidateEvents = /* @__PURE__ */ new Set();
  metaCharsetCheckEventsByNavigation = /* @__PURE__ */ new Map();
  metaCharsetCheckEventsArray = [];
}
__name(reset19, "reset");
var pageLoadEventsArray = [];
var selectedLCPCandidateEvents = /* @__PURE__ */ new Set();
function handleEvent19(event) {
  if (TraceEvents_exports.isMetaCharsetCheck(event)) {
    metaCharsetCheckEventsArray.push(event);
    return;
  }
  if (!TraceEvents_exports.eventIsPageLoadEvent(event)) {
    return;
  }
  pageLoadEventsArray.push(event);
}
__name(handleEvent19, "handleEvent");
function storePageLoadMetricAgainstNavigationId(navigation, event) {
  const frameId = getFrameIdForPageLoadEvent(event);
  const { rendererProcessesByFrame } = data5();
  const rendererProcessesInFrame = rendererProcessesByFrame.get(frameId);
  if (!rendererProcessesInFrame) {
    return;
  }
  const processData = rendererProcessesInFrame.get(event.pid);
  if (!processData) {
    return;
  }
  if (TraceEvents_exports.isNavigationStart(event)) {
    return;
  }
  if (TraceEvents_exports.isFirstContentfulPaint(event)) {
    const fcpTime = Timing_exports.Micro(event.ts - navigation.ts);
    const classification = scoreClassificationForFirstContentfulPaint(fcpTime);
    const metricScore = { event, metricName: MetricName.FCP, classification, navigation, timing: fcpTime };
    storeMetricScore(frameId, navigation, metricScore);
    return;
  }
  if (TraceEvents_exports.isFirstPaint(event)) {
    const paintTime = Timing_exports.Micro(event.ts - navigation.ts);
    const classification = ScoreClassification.UNCLASSIFIED;
    const metricScore = { event, metricName: MetricName.FP, classification, navigation, timing: paintTime };
    storeMetricScore(frameId, navigation, metricScore);
    return;
  }
  if (TraceEvents_exports.isMarkDOMContent(event)) {
    const dclTime = Timing_exports.Micro(event.ts - navigation.ts);
    const metricScore = {
      event,
      metricName: MetricName.DCL,
      classification: scoreClassificationForDOMContentLoaded(dclTime),
      navigation,
      timing: dclTime
    };
    storeMetricScore(frameId, navigation, metricScore);
    return;
  }
  if (TraceEvents_exports.isInteractiveTime(event)) {
    const ttiValue = Timing_exports.Micro(event.ts - navigation.ts);
    const tti = {
      event,
      metricName: MetricName.TTI,
      classification: scoreClassificationForTimeToInteractive(ttiValue),
      navigation,
      timing: ttiValue
    };
    storeMetricScore(frameId, navigation, tti);
    const tbtValue = Timing_exports3.milliToMicro(Timing_exports.Milli(event.args.args.total_blocking_time_ms));
    const tbt = {
      event,
      metricName: MetricName.TBT,
      classification: scoreClassificationForTotalBlockingTime(tbtValue),
      navigation,
      timing: tbtValue
    };
    storeMetricScore(frameId, navigation, tbt);
    return;
  }
  if (TraceEvents_exports.isMarkLoad(event)) {
    const loadTime = Timing_exports.Micro(event.ts - navigation.ts);
    const metricScore = {
      event,
      metricName: MetricName.L,
      classification: ScoreClassification.UNCLASSIFIED,
      navigation,
      timing: loadTime
    };
    storeMetricScore(frameId, navigation, metricScore);
    return;
  }
  if (TraceEvents_exports.isAnyLargestContentfulPaintCandidate(event)) {
    const candidateIndex = event.args.data?.candidateIndex;
    if (!candidateIndex) {
      throw new Error("Largest Contentful Paint unexpectedly had no candidateIndex.");
    }
    const lcpTime = Timing_exports.Micro(event.ts - navigation.ts);
    const lcp = {
      event,
      metricName: MetricName.LCP,
      classification: scoreClassificationForLargestContentfulPaint(lcpTime),
      navigation,
      timing: lcpTime
    };
    const metricsByNavigation = MapUtilities_exports.getWithDefault(metricScoresByFrameId, frameId, () => /* @__PURE__ */ new Map());
    const metrics = MapUtilities_exports.getWithDefault(metricsByNavigation, navigation, () => /* @__PURE__ */ new Map());
    const lastLCPCandidate = metrics.get(MetricName.LCP);
    if (lastLCPCandidate === void 0) {
      selectedLCPCandidateEvents.add(lcp.event);
      storeMetricScore(frameId, navigation, lcp);
      return;
    }
    const lastLCPCandidateEvent = lastLCPCandidate.event;
    if (!TraceEvents_exports.isAnyLargestContentfulPaintCandidate(lastLCPCandidateEvent)) {
      return;
    }
    const lastCandidateIndex = lastLCPCandidateEvent.args.data?.candidateIndex;
    if (!lastCandidateIndex) {
      return;
    }
    if (lastCandidateIndex < candidateIndex) {
      selectedLCPCandidateEvents.delete(lastLCPCandidateEvent);
      selectedLCPCandidateEvents.add(lcp.event);
      storeMetricScore(frameId, navigation, lcp);
    }
    return;
  }
  if (TraceEvents_exports.isLayoutShift(event)) {
    return;
  }
  if (TraceEvents_exports.isSoftNavigationStart(event)) {
    return;
  }
  return assertNever(event, `Unexpected event type: ${event}`);
}
__name(storePageLoadMetricAgainstNavigationId, "storePageLoadMetricAgainstNavigationId");
function storeMetricScore(frameId, navigation, metricScore) {
  const metricsByNavigation = MapUtilities_exports.getWithDefault(metricScoresByFrameId, frameId, () => /* @__PURE__ */ new Map());
  const metrics = MapUtilities_exports.getWithDefault(metricsByNavigation, navigation, () => /* @__PURE__ */ new Map());
  metrics.delete(metricScore.metricName);
  metrics.set(metricScore.metricName, metricScore);
}
__name(storeMetricScore, "storeMetricScore");
function getFrameIdForPageLoadEvent(event) {
  if (TraceEvents_exports.isFirstContentfulPaint(event) || TraceEvents_exports.isInteractiveTime(event) || TraceEvents_exports.isAnyLargestContentfulPaintCandidate(event) || TraceEvents_exports.isNavigationStart(event) || TraceEvents_exports.isSoftNavigationStart(event) || TraceEvents_exports.isLayoutShift(event) || TraceEvents_exports.isFirstPaint(event)) {
    return event.args.frame;
  }
  if (TraceEvents_exports.isMarkDOMContent(event) || TraceEvents_exports.isMarkLoad(event)) {
    const frameId = event.args.data?.frame;
    if (!frameId) {
      throw new Error("MarkDOMContent unexpectedly had no frame ID.");
    }
    return frameId;
  }
  assertNever(event, `Unexpected event type: ${event}`);
}
__name(getFrameIdForPageLoadEvent, "getFrameIdForPageLoadEvent");
function getNavigationForPageLoadEvent(event) {
  if (TraceEvents_exports.isFirstContentfulPaint(event) || TraceEvents_exports.isAnyLargestContentfulPaintCandidate(event) || TraceEvents_exports.isFirstPaint(event)) {
    const { navigationsByNavigationId: navigationsByNavigationId2, softNavigationsById: softNavigationsById2 } = data5();
    let navigation;
    if (event.name === TraceEvents_exports.Name.MARK_LCP_CANDIDATE_FOR_SOFT_NAVIGATION && event.args.data?.performanceTimelineNavigationId) {
      navigation = softNavigationsById2.get(event.args.data.performanceTimelineNavigationId);
      if (!navigation) {
        return null;
      }
    } else {
      const navigationId = event.args.data?.navigationId;
      if (!navigationId) {
        throw new Error(`Trace event unexpectedly had no navigation ID: ${JSON.stringify(event, null, 2)}`);
      }
      navigation = navigationsByNavigationId2.get(navigationId);
    }
    if (!navigation) {
      return null;
    }
    return navigation;
  }
  if (TraceEvents_exports.isSoftNavigationStart(event)) {
    const { softNavigationsById: softNavigationsById2 } = data5();
    return softNavigationsById2.get(event.args.context.performanceTimelineNavigationId) ?? null;
  }
  if (TraceEvents_exports.isMarkDOMContent(event) || TraceEvents_exports.isInteractiveTime(event) || TraceEvents_exports.isLayoutShift(event) || TraceEvents_exports.isMarkLoad(event)) {
    const frameId = getFrameIdForPageLoadEvent(event);
    const { navigationsByFrameId: navigationsByFrameId2 } = data5();
    return Trace_exports.getNavigationForTraceEvent(event, frameId, navigationsByFrameId2);
  }
  if (TraceEvents_exports.isNavigationStart(event)) {
    return null;
  }
  return assertNever(event, `Unexpected event type: ${event}`);
}
__name(getNavigationForPageLoadEvent, "getNavigationForPageLoadEvent");
function scoreClassificationForFirstContentfulPaint(fcpScoreInMicroseconds) {
  const FCP_GOOD_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(1.8));
  const FCP_MEDIUM_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(3));
  let scoreClassification = ScoreClassification.BAD;
  if (fcpScoreInMicroseconds <= FCP_MEDIUM_TIMING) {
    scoreClassification = ScoreClassification.OK;
  }
  if (fcpScoreInMicroseconds <= FCP_GOOD_TIMING) {
    scoreClassification = ScoreClassification.GOOD;
  }
  return scoreClassification;
}
__name(scoreClassificationForFirstContentfulPaint, "scoreClassificationForFirstContentfulPaint");
function scoreClassificationForTimeToInteractive(ttiTimeInMicroseconds) {
  const TTI_GOOD_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(3.8));
  const TTI_MEDIUM_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(7.3));
  let scoreClassification = ScoreClassification.BAD;
  if (ttiTimeInMicroseconds <= TTI_MEDIUM_TIMING) {
    scoreClassification = ScoreClassification.OK;
  }
  if (ttiTimeInMicroseconds <= TTI_GOOD_TIMING) {
    scoreClassification = ScoreClassification.GOOD;
  }
  return scoreClassification;
}
__name(scoreClassificationForTimeToInteractive, "scoreClassificationForTimeToInteractive");
function scoreClassificationForLargestContentfulPaint(lcpTimeInMicroseconds) {
  const LCP_GOOD_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(2.5));
  const LCP_MEDIUM_TIMING = Timing_exports3.secondsToMicro(Timing_exports.Seconds(4));
  let scoreClassification = ScoreClassification.BAD;
  if (lcpTimeInMicroseconds <= LCP_MEDIUM_TIMING) {
    scoreClassification = ScoreClassification.OK;
  }
  if (lcpTimeInMicroseconds <= LCP_GOOD_TIMING) {
    scoreClassification = ScoreClassification.GOOD;
  }
  return scoreClassification;
}
__name(scoreClassificationForLargestContentfulPaint, "scoreClassificationForLargestContentfulPaint");
function scoreClassificationForDOMContentLoaded(_dclTimeInMicroseconds) {
  return ScoreClassification.UNCLASSIFIED;
}
__name(scoreClassificationForDOMContentLoaded, "scoreClassificationForDOMContentLoaded");
function scoreClassificationForTotalBlockingTime(tbtTimeInMicroseconds) {
  const TBT_GOOD_TIMING = Timing_exports3.milliToMicro(Timing_exports.Milli(200));
  const TBT_MEDIUM_TIMING = Timing_exports3.milliToMicro(Timing_exports.Milli(600));
  let scoreClassification = ScoreClassification.BAD;
  if (tbtTimeInMicroseconds <= TBT_MEDIUM_TIMING) {
    scoreClassification = ScoreClassification.OK;
  }
  if (tbtTimeInMicroseconds <= TBT_GOOD_TIMING) {
    scoreClassification = ScoreClassification.GOOD;
  }
  return scoreClassification;
}
__name(scoreClassificationForTotalBlockingTime, "scoreClassificationForTotalBlockingTime");
function gatherFinalLCPEvents() {
  const allFinalLCPEvents = [];
  const dataForAllFrames = [...metricScoresByFrameId.values()];
  const dataForAllNavigations = dataForAllFrames.flatMap((frameData) => [...frameData.values()]);
  for (let i = 0; i < dataForAllNavigations.length; i++) {
    const navigationData = dataForAllNavigations[i];
    const lcpInNavigation = navigationData.get(MetricName.LCP);
    if (!lcpInNavigation?.event) {
      continue;
    }
    allFinalLCPEvents.push(lcpInNavigation.event);
  }
  return allFinalLCPEvents;
}
__name(gatherFinalLCPEvents, "gatherFinalLCPEvents");
async function finalize19() {
  pageLoadEventsArray.sort((a, b) => a.ts - b.ts);
  for (const pageLoadEvent of pageLoadEventsArray) {
    const navigation = getNavigationForPageLoadEvent(pageLoadEvent);
    if (navigation) {
      storePageLoadMetricAgainstNavigationId(navigation, pageLoadEvent);
    }
  }
  const { navigationsByFrameId: navigationsByFrameId2 } = data5();
  metaCharsetCheckEventsArray.sort((a, b) => a.ts - b.ts);
  for (const metaCharsetCheckEvent of metaCharsetCheckEventsArray) {
    const frameId = metaCharsetCheckEvent.args.data?.frame;
    if (!frameId) {
      continue;
    }
    const navigation = Trace_exports.getNavigationForTraceEvent(metaCharsetCheckEvent, frameId, navigationsByFrameId2);
    if (!navigation) {
      continue;
    }
    const eventsForNavigation = MapUtilities_exports.getWithDefault(metaCharsetCheckEventsByNavigation, navigation, () => []);
    eventsForNavigation.push(metaCharsetCheckEvent);
  }
  const allFinalLCPEvents = gatherFinalLCPEvents();
  const mainFrame = data5().mainFrameId;
  const allEventsButLCP = pageLoadEventsArray.filter((event) => !TraceEvents_exports.isAnyLargestContentfulPaintCandidate(event));
  const markerEvents = [...allFinalLCPEvents, ...allEventsButLCP].filter(TraceEvents_exports.isMarkerEvent);
  allMarkerEvents = markerEvents.filter((event) => getFrameIdForPageLoadEvent(event) === mainFrame).sort((a, b) => a.ts - b.ts);
}
__name(finalize19, "finalize");
function data19() {
  return {
    metricScoresByFrameId,
    allMarkerEvents,
    metaCharsetCheckEventsByNavigation
  };
}
__name(data19, "data");
function deps10() {
  return ["Meta"];
}
__name(deps10, "deps");
var ScoreClassification;
(function(ScoreClassification2) {
  ScoreClassification2["GOOD"] = "good";
  ScoreClassification2["OK"] = "ok";
  ScoreClassification2["BAD"] = "bad";
  ScoreClassification2["UNCLASSIFIED"] = "unclassified";
})(ScoreClassification || (ScoreClassification = {}));
var MetricName;
(function(MetricName2) {
  MetricName2["FCP"] = "FCP";
  MetricName2["FP"] = "FP";
  MetricName2["L"] = "L";
  MetricName2["LCP"] = "LCP";
  MetricName2["DCL"] = "DCL";
  MetricName2["TTI"] = "TTI";
  MetricName2["TBT"] = "TBT";
  MetricName2["CLS"] = "CLS";
  MetricName2["NAV"] = "Nav";
  MetricName2["SOFT_NAV"] = "Nav*";
  MetricName2["SOFT_LCP"] = "LCP*";
})(MetricName || (MetricName = {}));
function metricIsLCP(metric) {
  return metric.metricName === MetricName.LCP;
}
__name(metricIsLCP, "metricIsLCP");

// node_modules/@paulirish/trace_engine/models/trace/handlers/LargestImagePaintHandler.js
var imagePaintsByNodeIdAndProcess = /* @__PURE__ */ new Map();
var lcpRequestByNavigationId = /* @__PURE__ */ new Map();
function reset20() {
  imagePaintsByNodeIdAndProcess = /* @__PURE__ */ new Map();
  lcpRequestByNavigationId = /* @__PURE__ */ new Map();
}
__name(reset20, "reset");
function handleEvent20(event) {
  if (!TraceEvents_exports.isLargestImagePaintCandidate(event) || !event.args.data) {
    return;
  }
  const imagePaintsByNodeId = MapUtilities_exports.getWithDefault(imagePaintsByNodeIdAndProcess, event.pid, () => /* @__PURE__ */ new Map());
  imagePaintsByNodeId.set(event.args.data.DOMNodeId, event);
}
__name(handleEvent20, "handleEvent");
async function finalize20() {
  const requests = data6().byTime;
  const { traceBounds: traceBounds2, navigationsByNavigationId: navigationsByNavigationId2 } = data5();
  const metricScoresByFrameId2 = data19().metricScoresByFrameId;
  for (const [navigationId, navigation] of navigationsByNavigationId2) {
    const lcpMetric = metricScoresByFrameId2.get(navigation.args.frame)?.get(navigation)?.get(MetricName.LCP);
    const lcpEvent = lcpMetric?.event;
    if (!lcpEvent || !TraceEvents_exports.isAnyLargestContentfulPaintCandidate(lcpEvent)) {
      continue;
    }
    const nodeId = lcpEvent.args.data?.nodeId;
    if (!nodeId) {
      continue;
    }
    const lcpImagePaintEvent = imagePaintsByNodeIdAndProcess.get(lcpEvent.pid)?.get(nodeId);
    const lcpUrl = lcpImagePaintEvent?.args.data?.imageUrl;
    if (!lcpUrl) {
      continue;
    }
    const startTime = navigation?.ts ?? traceBounds2.min;
    const endTime = lcpImagePaintEvent.ts;
    let lcpRequest;
    for (const request of requests) {
      if (request.ts < startTime) {
        continue;
      }
      if (request.ts >= endTime) {
        break;
      }
      if (request.args.data.url === lcpUrl || request.args.data.redirects.some((r) => r.url === lcpUrl)) {
        lcpRequest = request;
        break;
      }
    }
    if (lcpRequest) {
      lcpRequestByNavigationId.set(navigationId, lcpRequest);
    }
  }
}
__name(finalize20, "finalize");
function data20() {
  return { lcpRequestByNavigationId };
}
__name(data20, "data");
function deps11() {
  return ["Meta", "NetworkRequests", "PageLoadMetrics"];
}
__name(deps11, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/LargestTextPaintHandler.js
var LargestTextPaintHandler_exports = {};
__export(LargestTextPaintHandler_exports, {
  data: () => data21,
  finalize: () => finalize21,
  handleEvent: () => handleEvent21,
  reset: () => reset21
});
var textPaintByDOMNodeId = /* @__PURE__ */ new Map();
function reset21() {
  textPaintByDOMNodeId = /* @__PURE__ */ new Map();
}
__name(reset21, "reset");
function handleEvent21(event) {
  if (!TraceEvents_exports.isLargestTextPaintCandidate(event)) {
    return;
  }
  if (!event.args.data) {
    return;
  }
  textPaintByDOMNodeId.set(event.args.data.DOMNodeId, event);
}
__name(handleEvent21, "handleEvent");
async function finalize21() {
}
__name(finalize21, "finalize");
function data21() {
  return textPaintByDOMNodeId;
}
__name(data21, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/LayoutShiftsHandler.js
var LayoutShiftsHandler_exports = {};
__export(LayoutShiftsHandler_exports, {
  LayoutShiftsThreshold: () => LayoutShiftsThreshold,
  MAX_CLUSTER_DURATION: () => MAX_CLUSTER_DURATION,
  MAX_SHIFT_TIME_DELTA: () => MAX_SHIFT_TIME_DELTA,
  data: () => data23,
  deps: () => deps13,
  finalize: () => finalize23,
  handleEvent: () => handleEvent23,
  reset: () => reset23,
  scoreClassificationForLayoutShift: () => scoreClassificationForLayoutShift
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/ScreenshotsHandler.js
var ScreenshotsHandler_exports = {};
__export(ScreenshotsHandler_exports, {
  data: () => data22,
  deps: () => deps12,
  finalize: () => finalize22,
  handleEvent: () => handleEvent22,
  reset: () => reset22,
  screenshotImageDataUri: () => screenshotImageDataUri
});
var unpairedAsyncEvents = [];
var legacyScreenshotEvents = [];
var modernScreenshotEvents = [];
var syntheticScreenshots = [];
var frameSequenceToTs = {};
function reset22() {
  unpairedAsyncEvents = [];
  legacyScreenshotEvents = [];
  syntheticScreenshots = [];
  modernScreenshotEvents = [];
  frameSequenceToTs = {};
}
__name(reset22, "reset");
function handleEvent22(event) {
  if (TraceEvents_exports.isLegacyScreenshot(event)) {
    legacyScreenshotEvents.push(event);
  } else if (TraceEvents_exports.isScreenshot(event)) {
    modernScreenshotEvents.push(event);
  } else if (TraceEvents_exports.isPipelineReporter(event)) {
    unpairedAsyncEvents.push(event);
  }
}
__name(handleEvent22, "handleEvent");
async function finalize22() {
  const pipelineReporterEvents = Trace_exports.createMatchedSortedSyntheticEvents(unpairedAsyncEvents);
  frameSequenceToTs = Object.fromEntries(pipelineReporterEvents.map((evt) => {
    const args = evt.args.data.beginEvent.args;
    const frameReporter = "frame_reporter" in args ? args.frame_reporter : args.chrome_frame_reporter;
    const frameSequenceId = frameReporter.frame_sequence;
    const presentationTs = Timing_exports.Micro(evt.ts + evt.dur);
    return [frameSequenceId, presentationTs];
  }));
  for (const snapshotEvent of legacyScreenshotEvents) {
    const { cat, name, ph, pid, tid } = snapshotEvent;
    const syntheticEvent = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
      rawSourceEvent: snapshotEvent,
      cat,
      name,
      ph,
      pid,
      tid,
      // TODO(paulirish, crbug.com/41363012): investigate why getPresentationTimestamp(snapshotEvent) seems less accurate. Resolve screenshot timing inaccuracy.
      // `getPresentationTimestamp(snapshotEvent) - snapshotEvent.ts` is how many microsec the screenshot should be adjusted to the right/later
      ts: snapshotEvent.ts,
      args: {
        dataUri: `data:image/jpg;base64,${snapshotEvent.args.snapshot}`
      }
    });
    syntheticScreenshots.push(syntheticEvent);
  }
}
__name(finalize22, "finalize");
function screenshotImageDataUri(event) {
  if (TraceEvents_exports.isLegacySyntheticScreenshot(event)) {
    return event.args.dataUri;
  }
  return `data:image/jpg;base64,${event.args.snapshot}`;
}
__name(screenshotImageDataUri, "screenshotImageDataUri");
function data22() {
  return {
    legacySyntheticScreenshots: syntheticScreenshots.length ? syntheticScreenshots : null,
    screenshots: modernScreenshotEvents.length ? modernScreenshotEvents : null
  };
}
__name(data22, "data");
function deps12() {
  return ["Meta"];
}
__name(deps12, "deps");

// node_modules/@paulirish/trace_engine/models/trace/handlers/LayoutShiftsHandler.js
var MAX_CLUSTER_DURATION = Timing_exports3.milliToMicro(Timing_exports.Milli(5e3));
var MAX_SHIFT_TIME_DELTA = Timing_exports3.milliToMicro(Timing_exports.Milli(1e3));
var layoutShiftEvents = [];
var layoutInvalidationEvents = [];
var scheduleStyleInvalidationEvents = [];
var styleRecalcInvalidationEvents = [];
var renderFrameImplCreateChildFrameEvents = [];
var domLoadingEvents = [];
var layoutImageUnsizedEvents = [];
var remoteFonts = [];
var backendNodeIds = /* @__PURE__ */ new Set();
var prePaintEvents = [];
var paintImageEvents2 = [];
var sessionMaxScore = 0;
var clsWindowID = -1;
var clusters = [];
var clustersByNavigationId = /* @__PURE__ */ new Map();
var scoreRecords = [];
function reset23() {
  layoutShiftEvents = [];
  layoutInvalidationEvents = [];
  scheduleStyleInvalidationEvents = [];
  styleRecalcInvalidationEvents = [];
  prePaintEvents = [];
  paintImageEvents2 = [];
  renderFrameImplCreateChildFrameEvents = [];
  layoutImageUnsizedEvents = [];
  domLoadingEvents = [];
  remoteFonts = [];
  backendNodeIds = /* @__PURE__ */ new Set();
  clusters = [];
  sessionMaxScore = 0;
  scoreRecords = [];
  clsWindowID = -1;
  clustersByNavigationId = /* @__PURE__ */ new Map();
}
__name(reset23, "reset");
function handleEvent23(event) {
  if (TraceEvents_exports.isLayoutShift(event) && !event.args.data?.had_recent_input) {
    layoutShiftEvents.push(event);
    return;
  }
  if (TraceEvents_exports.isLayoutInvalidationTracking(event)) {
    layoutInvalidationEvents.push(event);
    return;
  }
  if (TraceEvents_exports.isScheduleStyleInvalidationTracking(event)) {
    scheduleStyleInvalidationEvents.push(event);
  }
  if (TraceEvents_exports.isStyleRecalcInvalidationTracking(event)) {
    styleRecalcInvalidationEvents.push(event);
  }
  if (TraceEvents_exports.isPrePaint(event)) {
    prePaintEvents.push(event);
    return;
  }
  if (TraceEvents_exports.isRenderFrameImplCreateChildFrame(event)) {
    renderFrameImplCreateChildFrameEvents.push(event);
  }
  if (TraceEvents_exports.isDomLoading(event)) {
    domLoadingEvents.push(event);
  }
  if (TraceEvents_exports.isLayoutImageUnsized(event)) {
    layoutImageUnsizedEvents.push(event);
  }
  if (TraceEvents_exports.isBeginRemoteFontLoad(event)) {
    remoteFonts.push({
      display: event.args.display,
      url: event.args.url,
      beginRemoteFontLoadEvent: event
    });
  }
  if (TraceEvents_exports.isRemoteFontLoaded(event)) {
    for (const remoteFont of remoteFonts) {
      if (remoteFont.url === event.args.url) {
        remoteFont.name = event.args.name;
      }
    }
  }
  if (TraceEvents_exports.isPaintImage(event)) {
    paintImageEvents2.push(event);
  }
}
__name(handleEvent23, "handleEvent");
function traceWindowFromTime(time) {
  return {
    min: time,
    max: time,
    range: Timing_exports.Micro(0)
  };
}
__name(traceWindowFromTime, "traceWindowFromTime");
function updateTraceWindowMax(traceWindow, newMax) {
  traceWindow.max = newMax;
  traceWindow.range = Timing_exports.Micro(traceWindow.max - traceWindow.min);
}
__name(updateTraceWindowMax, "updateTraceWindowMax");
function findScreenshots(timestamp) {
  const data31 = data22();
  if (data31.screenshots) {
    const before = Trace_exports.findPreviousEventBeforeTimestamp(data31.screenshots, timestamp);
    const after = before ? data31.screenshots[data31.screenshots.indexOf(before) + 1] : null;
    return { before, after };
  }
  if (data31.legacySyntheticScreenshots) {
    const before = Trace_exports.findPreviousEventBeforeTimestamp(data31.legacySyntheticScreenshots, timestamp);
    const after = before ? data31.legacySyntheticScreenshots[data31.legacySyntheticScreenshots.indexOf(before) + 1] : null;
    return { before, after };
  }
  return { before: null, after: null };
}
__name(findScreenshots, "findScreenshots");
function buildScoreRecords() {
  const { traceBounds: traceBounds2 } = data5();
  scoreRecords.push({ ts: traceBounds2.min, score: 0 });
  for (const cluster of clusters) {
    let clusterScore = 0;
    if (cluster.events[0].args.data) {
      scoreRecords.push({ ts: cluster.clusterWindow.min, score: cluster.events[0].args.data.weighted_score_delta });
    }
    for (let i = 0; i < cluster.events.length; i++) {
      const event = cluster.events[i];
      if (!event.args.data) {
        continue;
      }
      clusterScore += event.args.data.weighted_score_delta;
      scoreRecords.push({ ts: event.ts, score: clusterScore });
    }
    scoreRecords.push({ ts: cluster.clusterWindow.max, score: 0 });
  }
}
__name(buildScoreRecords, "buildScoreRecords");
function collectNodes() {
  backendNodeIds.clear();
  for (const layoutShift of layoutShiftEvents) {
    if (!layoutShift.args.data?.impacted_nodes) {
      continue;
    }
    for (const node of layoutShift.args.data.impacted_nodes) {
      backendNodeIds.add(node.node_id);
    }
  }
  for (const layoutInvalidation of layoutInvalidationEvents) {
    if (!layoutInvalidation.args.data?.nodeId) {
      continue;
    }
    backendNodeIds.add(layoutInvalidation.args.data.nodeId);
  }
  for (const scheduleStyleInvalidation of scheduleStyleInvalidationEvents) {
    if (!scheduleStyleInvalidation.args.data?.nodeId) {
      continue;
    }
    backendNodeIds.add(scheduleStyleInvalidation.args.data.nodeId);
  }
}
__name(collectNodes, "collectNodes");
async function finalize23() {
  layoutShiftEvents.sort((a, b) => a.ts - b.ts);
  prePaintEvents.sort((a, b) => a.ts - b.ts);
  layoutInvalidationEvents.sort((a, b) => a.ts - b.ts);
  renderFrameImplCreateChildFrameEvents.sort((a, b) => a.ts - b.ts);
  domLoadingEvents.sort((a, b) => a.ts - b.ts);
  layoutImageUnsizedEvents.sort((a, b) => a.ts - b.ts);
  remoteFonts.sort((a, b) => a.beginRemoteFontLoadEvent.ts - b.beginRemoteFontLoadEvent.ts);
  paintImageEvents2.sort((a, b) => a.ts - b.ts);
  await buildLayoutShiftsClusters();
  buildScoreRecords();
  collectNodes();
}
__name(finalize23, "finalize");
async function buildLayoutShiftsClusters() {
  const { navigationsByFrameId: navigationsByFrameId2, mainFrameId: mainFrameId2, traceBounds: traceBounds2 } = data5();
  const navigations = navigationsByFrameId2.get(mainFrameId2) || [];
  if (layoutShiftEvents.length === 0) {
    return;
  }
  let firstShiftTime = layoutShiftEvents[0].ts;
  let lastShiftTime = layoutShiftEvents[0].ts;
  let lastShiftNavigation = null;
  for (const event of layoutShiftEvents) {
    const clusterDurationExceeded = event.ts - firstShiftTime > MAX_CLUSTER_DURATION;
    const maxTimeDeltaSinceLastShiftExceeded = event.ts - lastShiftTime > MAX_SHIFT_TIME_DELTA;
    const currentShiftNavigation = ArrayUtilities_exports.nearestIndexFromEnd(navigations, (nav) => nav.ts < event.ts);
    const hasNavigated = lastShiftNavigation !== currentShiftNavigation && currentShiftNavigation !== null;
    if (clusterDurationExceeded || maxTimeDeltaSinceLastShiftExceeded || hasNavigated || !clusters.length) {
      const clusterStartTime = event.ts;
      const endTimeByMaxSessionDuration = clusterDurationExceeded ? firstShiftTime + MAX_CLUSTER_DURATION : Infinity;
      const endTimeByMaxShiftGap = maxTimeDeltaSinceLastShiftExceeded ? lastShiftTime + MAX_SHIFT_TIME_DELTA : Infinity;
      const endTimeByNavigation = hasNavigated ? navigations[currentShiftNavigation].ts : Infinity;
      const previousClusterEndTime = Math.min(endTimeByMaxSessionDuration, endTimeByMaxShiftGap, endTimeByNavigation);
      if (clusters.length > 0) {
        const currentCluster2 = clusters[clusters.length - 1];
        updateTraceWindowMax(currentCluster2.clusterWindow, Timing_exports.Micro(previousClusterEndTime));
      }
      const navigationId = currentShiftNavigation === null ? TraceEvents_exports.NO_NAVIGATION : navigations[currentShiftNavigation].args.data?.navigationId;
      clusters.push(SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
        name: "SyntheticLayoutShiftCluster",
        // Will be replaced by the worst layout shift in the next for loop.
        rawSourceEvent: event,
        events: [],
        clusterWindow: traceWindowFromTime(clusterStartTime),
        clusterCumulativeScore: 0,
        scoreWindows: {
          good: traceWindowFromTime(clusterStartTime)
        },
        navigationId,
        // Set default Event so that this event is treated accordingly for the track appender.
        ts: event.ts,
        pid: event.pid,
        tid: event.tid,
        ph: TraceEvents_exports.Phase.COMPLETE,
        cat: "",
        dur: Timing_exports.Micro(-1)
        // This `cluster.dur` is updated below.
      }));
      firstShiftTime = clusterStartTime;
    }
    const currentCluster = clusters[clusters.length - 1];
    const timeFromNavigation = currentShiftNavigation !== null ? Timing_exports.Micro(event.ts - navigations[currentShiftNavigation].ts) : void 0;
    currentCluster.clusterCumulativeScore += event.args.data ? event.args.data.weighted_score_delta : 0;
    if (!event.args.data) {
      continue;
    }
    const shift = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
      rawSourceEvent: event,
      ...event,
      name: TraceEvents_exports.Name.SYNTHETIC_LAYOUT_SHIFT,
      args: {
        frame: event.args.frame,
        data: {
          ...event.args.data,
          rawEvent: event,
          navigationId: currentCluster.navigationId ?? void 0
        }
      },
      parsedData: {
        timeFromNavigation,
        screenshots: findScreenshots(event.ts),
        cumulativeWeightedScoreInWindow: currentCluster.clusterCumulativeScore,
        // The score of the session window is temporarily set to 0 just
        // to initialize it. Since we need to get the score of all shifts
        // in the session window to determine its value, its definite
        // value is set when stepping through the built clusters.
        sessionWindowData: { cumulativeWindowScore: 0, id: clusters.length }
      }
    });
    currentCluster.events.push(shift);
    updateTraceWindowMax(currentCluster.clusterWindow, event.ts);
    lastShiftTime = event.ts;
    lastShiftNavigation = currentShiftNavigation;
  }
  for (const cluster of clusters) {
    let weightedScore = 0;
    let windowID = -1;
    if (cluster === clusters[clusters.length - 1]) {
      const clusterEndByMaxDuration = MAX_CLUSTER_DURATION + cluster.clusterWindow.min;
      const clusterEndByMaxGap = cluster.clusterWindow.max + MAX_SHIFT_TIME_DELTA;
      const nextNavigationIndex = ArrayUtilities_exports.nearestIndexFromBeginning(navigations, (nav) => nav.ts > cluster.clusterWindow.max);
      const nextNavigationTime = nextNavigationIndex ? navigations[nextNavigationIndex].ts : Infinity;
      const clusterEnd = Math.min(clusterEndByMaxDuration, clusterEndByMaxGap, traceBounds2.max, nextNavigationTime);
      updateTraceWindowMax(cluster.clusterWindow, Timing_exports.Micro(clusterEnd));
    }
    let largestScore = 0;
    let worstShiftEvent = null;
    for (const shift of cluster.events) {
      weightedScore += shift.args.data ? shift.args.data.weighted_score_delta : 0;
      windowID = shift.parsedData.sessionWindowData.id;
      const ts = shift.ts;
      shift.parsedData.sessionWindowData.cumulativeWindowScore = cluster.clusterCumulativeScore;
      if (weightedScore < LayoutShiftsThreshold.NEEDS_IMPROVEMENT) {
        updateTraceWindowMax(cluster.scoreWindows.good, ts);
      } else if (weightedScore >= LayoutShiftsThreshold.NEEDS_IMPROVEMENT && weightedScore < LayoutShiftsThreshold.BAD) {
        if (!cluster.scoreWindows.needsImprovement) {
          updateTraceWindowMax(cluster.scoreWindows.good, Timing_exports.Micro(ts - 1));
          cluster.scoreWindows.needsImprovement = traceWindowFromTime(ts);
        }
        updateTraceWindowMax(cluster.scoreWindows.needsImprovement, ts);
      } else if (weightedScore >= LayoutShiftsThreshold.BAD) {
        if (!cluster.scoreWindows.bad) {
          if (cluster.scoreWindows.needsImprovement) {
            updateTraceWindowMax(cluster.scoreWindows.needsImprovement, Timing_exports.Micro(ts - 1));
          } else {
            updateTraceWindowMax(cluster.scoreWindows.good, Timing_exports.Micro(ts - 1));
          }
          cluster.scoreWindows.bad = traceWindowFromTime(shift.ts);
        }
        updateTraceWindowMax(cluster.scoreWindows.bad, ts);
      }
      if (cluster.scoreWindows.bad) {
        updateTraceWindowMax(cluster.scoreWindows.bad, cluster.clusterWindow.max);
      } else if (cluster.scoreWindows.needsImprovement) {
        updateTraceWindowMax(cluster.scoreWindows.needsImprovement, cluster.clusterWindow.max);
      } else {
        updateTraceWindowMax(cluster.scoreWindows.good, cluster.clusterWindow.max);
      }
      const score = shift.args.data?.weighted_score_delta;
      if (score !== void 0 && score > largestScore) {
        largestScore = score;
        worstShiftEvent = shift;
      }
    }
    if (worstShiftEvent) {
      cluster.worstShiftEvent = worstShiftEvent;
      cluster.rawSourceEvent = worstShiftEvent.rawSourceEvent;
    }
    cluster.ts = cluster.events[0].ts;
    const lastShiftTimings = Timing_exports3.eventTimingsMicroSeconds(cluster.events[cluster.events.length - 1]);
    cluster.dur = Timing_exports.Micro(lastShiftTimings.endTime - cluster.events[0].ts + MAX_SHIFT_TIME_DELTA);
    if (weightedScore > sessionMaxScore) {
      clsWindowID = windowID;
      sessionMaxScore = weightedScore;
    }
    if (cluster.navigationId) {
      const clustersForId = MapUtilities_exports.getWithDefault(clustersByNavigationId, cluster.navigationId, () => {
        return [];
      });
      clustersForId.push(cluster);
    }
  }
}
__name(buildLayoutShiftsClusters, "buildLayoutShiftsClusters");
function data23() {
  return {
    clusters,
    sessionMaxScore,
    clsWindowID,
    prePaintEvents,
    layoutInvalidationEvents,
    scheduleStyleInvalidationEvents,
    styleRecalcInvalidationEvents,
    renderFrameImplCreateChildFrameEvents,
    domLoadingEvents,
    layoutImageUnsizedEvents,
    remoteFonts,
    scoreRecords,
    backendNodeIds,
    clustersByNavigationId,
    paintImageEvents: paintImageEvents2
  };
}
__name(data23, "data");
function deps13() {
  return ["Screenshots", "Meta"];
}
__name(deps13, "deps");
function scoreClassificationForLayoutShift(score) {
  let state = ScoreClassification.GOOD;
  if (score >= LayoutShiftsThreshold.NEEDS_IMPROVEMENT) {
    state = ScoreClassification.OK;
  }
  if (score >= LayoutShiftsThreshold.BAD) {
    state = ScoreClassification.BAD;
  }
  return state;
}
__name(scoreClassificationForLayoutShift, "scoreClassificationForLayoutShift");
var LayoutShiftsThreshold;
(function(LayoutShiftsThreshold2) {
  LayoutShiftsThreshold2[LayoutShiftsThreshold2["GOOD"] = 0] = "GOOD";
  LayoutShiftsThreshold2[LayoutShiftsThreshold2["NEEDS_IMPROVEMENT"] = 0.1] = "NEEDS_IMPROVEMENT";
  LayoutShiftsThreshold2[LayoutShiftsThreshold2["BAD"] = 0.25] = "BAD";
})(LayoutShiftsThreshold || (LayoutShiftsThreshold = {}));

// node_modules/@paulirish/trace_engine/models/trace/handlers/MemoryHandler.js
var MemoryHandler_exports = {};
__export(MemoryHandler_exports, {
  data: () => data24,
  finalize: () => finalize24,
  handleEvent: () => handleEvent24,
  reset: () => reset24
});
var updateCountersByProcess = /* @__PURE__ */ new Map();
function reset24() {
  updateCountersByProcess = /* @__PURE__ */ new Map();
}
__name(reset24, "reset");
function handleEvent24(event) {
  if (TraceEvents_exports.isUpdateCounters(event)) {
    const countersForProcess = MapUtilities_exports.getWithDefault(updateCountersByProcess, event.pid, () => []);
    countersForProcess.push(event);
    updateCountersByProcess.set(event.pid, countersForProcess);
  }
}
__name(handleEvent24, "handleEvent");
async function finalize24() {
}
__name(finalize24, "finalize");
function data24() {
  return { updateCountersByProcess };
}
__name(data24, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/PageFramesHandler.js
var PageFramesHandler_exports = {};
__export(PageFramesHandler_exports, {
  data: () => data25,
  finalize: () => finalize25,
  handleEvent: () => handleEvent25,
  reset: () => reset25
});
var frames = /* @__PURE__ */ new Map();
function reset25() {
  frames = /* @__PURE__ */ new Map();
}
__name(reset25, "reset");
function handleEvent25(event) {
  if (TraceEvents_exports.isTracingStartedInBrowser(event)) {
    for (const frame of event.args.data?.frames ?? []) {
      frames.set(frame.frame, frame);
    }
    return;
  }
  if (TraceEvents_exports.isCommitLoad(event)) {
    const frameData = event.args.data;
    if (!frameData) {
      return;
    }
    const frame = frames.get(frameData.frame);
    if (!frame) {
      return;
    }
    frames.set(frameData.frame, {
      ...frame,
      url: frameData.url || frame.url,
      name: frameData.name || frameData.name
    });
  }
}
__name(handleEvent25, "handleEvent");
async function finalize25() {
}
__name(finalize25, "finalize");
function data25() {
  return {
    frames
  };
}
__name(data25, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/ScriptsHandler.js
var ScriptsHandler_exports = {};
__export(ScriptsHandler_exports, {
  data: () => data26,
  deps: () => deps14,
  finalize: () => finalize26,
  getScriptGeneratedSizes: () => getScriptGeneratedSizes,
  handleEvent: () => handleEvent26,
  reset: () => reset26
});
function completeURL(base, url) {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("javascript:") || url.startsWith("mailto:")) {
    return url;
  }
  try {
    return new URL(url, base).href;
  } catch {
  }
  return null;
}
__name(completeURL, "completeURL");
var scriptById = /* @__PURE__ */ new Map();
var frameIdByIsolate = /* @__PURE__ */ new Map();
function deps14() {
  return ["Meta", "NetworkRequests"];
}
__name(deps14, "deps");
function reset26() {
  scriptById = /* @__PURE__ */ new Map();
  frameIdByIsolate = /* @__PURE__ */ new Map();
}
__name(reset26, "reset");
function handleEvent26(event) {
  const getOrMakeScript = /* @__PURE__ */ __name((isolate, scriptIdAsNumber) => {
    const scriptId = String(scriptIdAsNumber);
    const key = `${isolate}.${scriptId}`;
    return MapUtilities_exports.getWithDefault(scriptById, key, () => ({ isolate, scriptId, frame: "", ts: event.ts }));
  }, "getOrMakeScript");
  if (TraceEvents_exports.isRundownScriptCompiled(event) && event.args.data) {
    const { isolate, scriptId, frame } = event.args.data;
    const script = getOrMakeScript(isolate, scriptId);
    script.frame = frame;
    script.ts = event.ts;
    return;
  }
  if (TraceEvents_exports.isRundownScript(event)) {
    const { isolate, scriptId, url, sourceUrl, sourceMapUrl, sourceMapUrlElided } = event.args.data;
    const script = getOrMakeScript(isolate, scriptId);
    if (!script.frame) {
      script.frame = frameIdByIsolate.get(String(isolate)) ?? "";
    }
    script.url = url;
    script.ts = event.ts;
    if (sourceUrl) {
      script.sourceUrl = sourceUrl;
    }
    if (sourceMapUrlElided) {
      script.sourceMapUrlElided = true;
    } else if (sourceMapUrl) {
      script.sourceMapUrl = sourceMapUrl;
    }
    return;
  }
  if (TraceEvents_exports.isRundownScriptSource(event)) {
    const { isolate, scriptId, sourceText } = event.args.data;
    const script = getOrMakeScript(isolate, scriptId);
    script.content = sourceText;
    return;
  }
  if (TraceEvents_exports.isRundownScriptSourceLarge(event)) {
    const { isolate, scriptId, sourceText } = event.args.data;
    const script = getOrMakeScript(isolate, scriptId);
    script.content = (script.content ?? "") + sourceText;
    return;
  }
  if (TraceEvents_exports.isFunctionCall(event) && event.args.data?.isolate && event.args.data.frame) {
    const { isolate, frame } = event.args.data;
    const existingValue = frameIdByIsolate.get(isolate);
    if (existingValue !== frame) {
      frameIdByIsolate.set(isolate, frame);
      for (const script of scriptById.values()) {
        if (!script.frame && script.isolate === isolate) {
          script.frame = frame;
        }
      }
    }
  }
}
__name(handleEvent26, "handleEvent");
function findFrame(meta, frameId) {
  for (const frames2 of meta.frameByProcessId?.values()) {
    const frame = frames2.get(frameId);
    if (frame) {
      return frame;
    }
  }
  return null;
}
__name(findFrame, "findFrame");
function findNetworkRequest(networkRequests, script) {
  if (!script.url) {
    return null;
  }
  return networkRequests.find((request) => request.args.data.url === script.url) ?? null;
}
__name(findNetworkRequest, "findNetworkRequest");
function computeMappingEndColumns(map) {
  const result = /* @__PURE__ */ new Map();
  const mappings = map.mappings();
  for (let i = 0; i < mappings.length - 1; i++) {
    const mapping = mappings[i];
    const nextMapping = mappings[i + 1];
    if (mapping.lineNumber === nextMapping.lineNumber) {
      result.set(mapping, nextMapping.columnNumber);
    }
  }
  return result;
}
__name(computeMappingEndColumns, "computeMappingEndColumns");
function computeGeneratedFileSizes(script) {
  if (!script.sourceMap) {
    throw new Error("expected source map");
  }
  const map = script.sourceMap;
  const content = script.content ?? "";
  const contentLength = content.length;
  const lines = content.split("\n");
  const files = {};
  const totalBytes = contentLength;
  let unmappedBytes = totalBytes;
  const mappingEndCols = computeMappingEndColumns(script.sourceMap);
  for (const mapping of map.mappings()) {
    const source = mapping.sourceURL;
    const lineNum = mapping.lineNumber;
    const colNum = mapping.columnNumber;
    const lastColNum = mappingEndCols.get(mapping);
    if (!source) {
      continue;
    }
    const line = lines[lineNum];
    if (line === null || line === void 0) {
      const errorMessage = `${map.url()} mapping for line out of bounds: ${lineNum + 1}`;
      return { errorMessage };
    }
    if (colNum > line.length) {
      const errorMessage = `${map.url()} mapping for column out of bounds: ${lineNum + 1}:${colNum}`;
      return { errorMessage };
    }
    let mappingLength = 0;
    if (lastColNum !== void 0) {
      if (lastColNum > line.length) {
        const errorMessage = `${map.url()} mapping for last column out of bounds: ${lineNum + 1}:${lastColNum}`;
        return { errorMessage };
      }
      mappingLength = lastColNum - colNum;
    } else {
      mappingLength = line.length - colNum + 1;
    }
    files[source] = (files[source] || 0) + mappingLength;
    unmappedBytes -= mappingLength;
  }
  return {
    files,
    unmappedBytes,
    totalBytes
  };
}
__name(computeGeneratedFileSizes, "computeGeneratedFileSizes");
function getScriptGeneratedSizes(script) {
  if (script.sourceMap && !script.sizes) {
    script.sizes = computeGeneratedFileSizes(script);
  }
  return script.sizes ?? null;
}
__name(getScriptGeneratedSizes, "getScriptGeneratedSizes");
function findCachedRawSourceMap(script, options) {
  if (options.isFreshRecording || !options.metadata?.sourceMaps) {
    return;
  }
  if (script.sourceMapUrlElided) {
    if (!script.url) {
      return;
    }
    const cachedSourceMap = options.metadata.sourceMaps.find((m) => m.url === script.url);
    if (cachedSourceMap) {
      return cachedSourceMap.sourceMap;
    }
    return;
  }
  if (!script.sourceMapUrl) {
    return;
  }
  const isDataUrl = script.sourceMapUrl.startsWith("data:");
  if (!isDataUrl) {
    const cachedSourceMap = options.metadata.sourceMaps.find((m) => m.sourceMapUrl === script.sourceMapUrl);
    if (cachedSourceMap) {
      return cachedSourceMap.sourceMap;
    }
  }
  return;
}
__name(findCachedRawSourceMap, "findCachedRawSourceMap");
async function finalize26(options) {
  const meta = data5();
  const networkRequests = [...data6().byId.values()];
  const documentUrls = /* @__PURE__ */ new Set();
  for (const frames2 of meta.frameByProcessId.values()) {
    for (const frame of frames2.values()) {
      documentUrls.add(frame.url);
    }
  }
  for (const script of scriptById.values()) {
    script.request = findNetworkRequest(networkRequests, script) ?? void 0;
    script.inline = !!script.url && documentUrls.has(script.url);
  }
  if (!options.resolveSourceMap) {
    return;
  }
  const promises = [];
  for (const script of scriptById.values()) {
    if (!script.frame || !script.url || !script.sourceMapUrl && !script.sourceMapUrlElided) {
      continue;
    }
    const frameUrl = findFrame(meta, script.frame)?.url;
    if (!frameUrl) {
      continue;
    }
    let sourceUrl = script.url;
    if (script.sourceUrl) {
      sourceUrl = completeURL(frameUrl, script.sourceUrl) ?? script.sourceUrl;
    }
    let sourceMapUrl;
    if (script.sourceMapUrl) {
      sourceMapUrl = completeURL(sourceUrl, script.sourceMapUrl);
      if (!sourceMapUrl) {
        continue;
      }
      script.sourceMapUrl = sourceMapUrl;
    }
    const params = {
      scriptId: script.scriptId,
      scriptUrl: script.url,
      sourceUrl,
      sourceMapUrl: sourceMapUrl ?? "",
      frame: script.frame,
      cachedRawSourceMap: findCachedRawSourceMap(script, options)
    };
    const promise = options.resolveSourceMap(params).then((sourceMap) => {
      if (sourceMap) {
        script.sourceMap = sourceMap;
      }
    });
    promises.push(promise.catch((e) => {
      console.error("Uncaught error when resolving source map", params, e);
    }));
  }
  await Promise.all(promises);
}
__name(finalize26, "finalize");
function data26() {
  return {
    scripts: [...scriptById.values()]
  };
}
__name(data26, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/SelectorStatsHandler.js
var SelectorStatsHandler_exports = {};
__export(SelectorStatsHandler_exports, {
  data: () => data27,
  finalize: () => finalize27,
  handleEvent: () => handleEvent27,
  reset: () => reset27
});
var lastRecalcStyleEvent = null;
var lastInvalidatedNode = null;
var selectorDataForRecalcStyle = /* @__PURE__ */ new Map();
var invalidatedNodeList = new Array();
function reset27() {
  lastRecalcStyleEvent = null;
  lastInvalidatedNode = null;
  selectorDataForRecalcStyle = /* @__PURE__ */ new Map();
  invalidatedNodeList = [];
}
__name(reset27, "reset");
function handleEvent27(event) {
  if (TraceEvents_exports.isStyleRecalcInvalidationTracking(event)) {
    if (event.args.data.subtree && event.args.data.reason === TraceEvents_exports.StyleRecalcInvalidationReason.RELATED_STYLE_RULE && lastInvalidatedNode && event.args.data.nodeId === lastInvalidatedNode.backendNodeId) {
      lastInvalidatedNode.subtree = true;
      return;
    }
  }
  if (TraceEvents_exports.isSelectorStats(event) && lastRecalcStyleEvent && event.args.selector_stats) {
    selectorDataForRecalcStyle.set(lastRecalcStyleEvent, {
      timings: event.args.selector_stats.selector_timings
    });
    return;
  }
  if (TraceEvents_exports.isStyleInvalidatorInvalidationTracking(event)) {
    const selectorList = new Array();
    event.args.data.selectors?.forEach((selector) => {
      selectorList.push({
        selector: selector.selector,
        styleSheetId: selector.style_sheet_id
      });
    });
    if (selectorList.length > 0) {
      lastInvalidatedNode = {
        frame: event.args.data.frame,
        backendNodeId: event.args.data.nodeId,
        type: TraceEvents_exports.InvalidationEventType.StyleInvalidatorInvalidationTracking,
        selectorList,
        ts: event.ts,
        tts: event.tts,
        subtree: false,
        lastRecalcStyleEventTs: lastRecalcStyleEvent ? lastRecalcStyleEvent.ts : Timing_exports.Micro(0)
      };
      invalidatedNodeList.push(lastInvalidatedNode);
    }
  }
  if (TraceEvents_exports.isRecalcStyle(event)) {
    lastRecalcStyleEvent = event;
    return;
  }
}
__name(handleEvent27, "handleEvent");
async function finalize27() {
}
__name(finalize27, "finalize");
function data27() {
  return {
    dataForRecalcStyleEvent: selectorDataForRecalcStyle,
    invalidatedNodeList
  };
}
__name(data27, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/UserInteractionsHandler.js
var UserInteractionsHandler_exports = {};
__export(UserInteractionsHandler_exports, {
  LONG_INTERACTION_THRESHOLD: () => LONG_INTERACTION_THRESHOLD,
  categoryOfInteraction: () => categoryOfInteraction,
  data: () => data28,
  deps: () => deps15,
  finalize: () => finalize28,
  handleEvent: () => handleEvent28,
  removeNestedInteractionsAndSetProcessingTime: () => removeNestedInteractionsAndSetProcessingTime,
  reset: () => reset28,
  scoreClassificationForInteractionToNextPaint: () => scoreClassificationForInteractionToNextPaint
});
var beginCommitCompositorFrameEvents = [];
var parseMetaViewportEvents = [];
var LONG_INTERACTION_THRESHOLD = Timing_exports3.milliToMicro(Timing_exports.Milli(200));
var INP_GOOD_TIMING = LONG_INTERACTION_THRESHOLD;
var INP_MEDIUM_TIMING = Timing_exports3.milliToMicro(Timing_exports.Milli(500));
var longestInteractionEvent = null;
var interactionEvents = [];
var interactionEventsWithNoNesting = [];
var eventTimingStartEventsForInteractions = [];
var eventTimingEndEventsForInteractions = [];
function reset28() {
  beginCommitCompositorFrameEvents = [];
  parseMetaViewportEvents = [];
  interactionEvents = [];
  eventTimingStartEventsForInteractions = [];
  eventTimingEndEventsForInteractions = [];
  interactionEventsWithNoNesting = [];
  longestInteractionEvent = null;
}
__name(reset28, "reset");
function handleEvent28(event) {
  if (TraceEvents_exports.isBeginCommitCompositorFrame(event)) {
    beginCommitCompositorFrameEvents.push(event);
    return;
  }
  if (TraceEvents_exports.isParseMetaViewport(event)) {
    parseMetaViewportEvents.push(event);
    return;
  }
  if (!TraceEvents_exports.isEventTiming(event)) {
    return;
  }
  if (TraceEvents_exports.isEventTimingEnd(event)) {
    eventTimingEndEventsForInteractions.push(event);
  }
  if (!event.args.data || !TraceEvents_exports.isEventTimingStart(event)) {
    return;
  }
  const { duration, interactionId } = event.args.data;
  if (duration < 1 || interactionId === void 0 || interactionId === 0) {
    return;
  }
  eventTimingStartEventsForInteractions.push(event);
}
__name(handleEvent28, "handleEvent");
var pointerEventTypes = /* @__PURE__ */ new Set([
  "pointerdown",
  "touchstart",
  "pointerup",
  "touchend",
  "mousedown",
  "mouseup",
  "click"
]);
var keyboardEventTypes = /* @__PURE__ */ new Set([
  "keydown",
  "keypress",
  "keyup"
]);
function categoryOfInteraction(interaction) {
  if (pointerEventTypes.has(interaction.type)) {
    return "POINTER";
  }
  if (keyboardEventTypes.has(interaction.type)) {
    return "KEYBOARD";
  }
  return "OTHER";
}
__name(categoryOfInteraction, "categoryOfInteraction");
function removeNestedInteractionsAndSetProcessingTime(interactions) {
  const earliestEventForEndTimePerCategory = {
    POINTER: /* @__PURE__ */ new Map(),
    KEYBOARD: /* @__PURE__ */ new Map(),
    OTHER: /* @__PURE__ */ new Map()
  };
  function storeEventIfEarliestForCategoryAndEndTime(interaction) {
    const category = categoryOfInteraction(interaction);
    const earliestEventForEndTime = earliestEventForEndTimePerCategory[category];
    const endTime = Timing_exports.Micro(interaction.ts + interaction.dur);
    const earliestCurrentEvent = earliestEventForEndTime.get(endTime);
    if (!earliestCurrentEvent) {
      earliestEventForEndTime.set(endTime, interaction);
      return;
    }
    if (interaction.ts < earliestCurrentEvent.ts) {
      earliestEventForEndTime.set(endTime, interaction);
    } else if (interaction.ts === earliestCurrentEvent.ts && interaction.interactionId === earliestCurrentEvent.interactionId) {
      const currentProcessingDuration = earliestCurrentEvent.processingEnd - earliestCurrentEvent.processingStart;
      const newProcessingDuration = interaction.processingEnd - interaction.processingStart;
      if (newProcessingDuration > currentProcessingDuration) {
        earliestEventForEndTime.set(endTime, interaction);
      }
    }
    if (interaction.processingStart < earliestCurrentEvent.processingStart) {
      earliestCurrentEvent.processingStart = interaction.processingStart;
      writeSyntheticTimespans(earliestCurrentEvent);
    }
    if (interaction.processingEnd > earliestCurrentEvent.processingEnd) {
      earliestCurrentEvent.processingEnd = interaction.processingEnd;
      writeSyntheticTimespans(earliestCurrentEvent);
    }
  }
  __name(storeEventIfEarliestForCategoryAndEndTime, "storeEventIfEarliestForCategoryAndEndTime");
  for (const interaction of interactions) {
    storeEventIfEarliestForCategoryAndEndTime(interaction);
  }
  const keptEvents = Object.values(earliestEventForEndTimePerCategory).flatMap((eventsByEndTime) => Array.from(eventsByEndTime.values()));
  keptEvents.sort((eventA, eventB) => {
    return eventA.ts - eventB.ts;
  });
  return keptEvents;
}
__name(removeNestedInteractionsAndSetProcessingTime, "removeNestedInteractionsAndSetProcessingTime");
function writeSyntheticTimespans(event) {
  const startEvent = event.args.data.beginEvent;
  const endEvent = event.args.data.endEvent;
  event.inputDelay = Timing_exports.Micro(event.processingStart - startEvent.ts);
  event.mainThreadHandling = Timing_exports.Micro(event.processingEnd - event.processingStart);
  event.presentationDelay = Timing_exports.Micro(endEvent.ts - event.processingEnd);
}
__name(writeSyntheticTimespans, "writeSyntheticTimespans");
async function finalize28() {
  const { navigationsByFrameId: navigationsByFrameId2 } = data5();
  const beginAndEndEvents = ArrayUtilities_exports.mergeOrdered(eventTimingStartEventsForInteractions, eventTimingEndEventsForInteractions, Trace_exports.eventTimeComparator);
  const beginEventById = /* @__PURE__ */ new Map();
  for (const event of beginAndEndEvents) {
    if (TraceEvents_exports.isEventTimingStart(event)) {
      const forId = beginEventById.get(event.id) ?? [];
      forId.push(event);
      beginEventById.set(event.id, forId);
    } else if (TraceEvents_exports.isEventTimingEnd(event)) {
      const beginEvents = beginEventById.get(event.id) ?? [];
      const beginEvent = beginEvents.pop();
      if (!beginEvent) {
        continue;
      }
      const { type, interactionId, timeStamp, processingStart, processingEnd } = beginEvent.args.data;
      if (!type || !interactionId || !timeStamp || !processingStart || !processingEnd) {
        continue;
      }
      const processingStartRelativeToTraceTime = Timing_exports.Micro(Timing_exports3.milliToMicro(processingStart) - Timing_exports3.milliToMicro(timeStamp) + beginEvent.ts);
      const processingEndRelativeToTraceTime = Timing_exports.Micro(Timing_exports3.milliToMicro(processingEnd) - Timing_exports3.milliToMicro(timeStamp) + beginEvent.ts);
      const frameId = beginEvent.args.frame ?? beginEvent.args.data.frame ?? "";
      const navigation = Trace_exports.getNavigationForTraceEvent(beginEvent, frameId, navigationsByFrameId2);
      const navigationId = navigation?.args.data?.navigationId;
      const interactionEvent = SyntheticEvents_exports.SyntheticEventsManager.registerSyntheticEvent({
        // Use the start event to define the common fields.
        rawSourceEvent: beginEvent,
        cat: beginEvent.cat,
        name: beginEvent.name,
        pid: beginEvent.pid,
        tid: beginEvent.tid,
        ph: beginEvent.ph,
        processingStart: processingStartRelativeToTraceTime,
        processingEnd: processingEndRelativeToTraceTime,
        // These will be set in writeSyntheticTimespans()
        inputDelay: Timing_exports.Micro(-1),
        mainThreadHandling: Timing_exports.Micro(-1),
        presentationDelay: Timing_exports.Micro(-1),
        args: {
          data: {
            beginEvent,
            endEvent: event,
            frame: frameId,
            navigationId
          }
        },
        ts: beginEvent.ts,
        dur: Timing_exports.Micro(event.ts - beginEvent.ts),
        type: beginEvent.args.data.type,
        interactionId: beginEvent.args.data.interactionId
      });
      writeSyntheticTimespans(interactionEvent);
      interactionEvents.push(interactionEvent);
    }
  }
  Trace_exports.sortTraceEventsInPlace(interactionEvents);
  interactionEventsWithNoNesting.push(...removeNestedInteractionsAndSetProcessingTime(interactionEvents));
  for (const interactionEvent of interactionEventsWithNoNesting) {
    if (!longestInteractionEvent || longestInteractionEvent.dur < interactionEvent.dur) {
      longestInteractionEvent = interactionEvent;
    }
  }
}
__name(finalize28, "finalize");
function data28() {
  return {
    beginCommitCompositorFrameEvents,
    parseMetaViewportEvents,
    interactionEvents,
    interactionEventsWithNoNesting,
    longestInteractionEvent,
    interactionsOverThreshold: new Set(interactionEvents.filter((event) => {
      return event.dur > LONG_INTERACTION_THRESHOLD;
    }))
  };
}
__name(data28, "data");
function deps15() {
  return ["Meta"];
}
__name(deps15, "deps");
function scoreClassificationForInteractionToNextPaint(timing) {
  if (timing <= INP_GOOD_TIMING) {
    return ScoreClassification.GOOD;
  }
  if (timing <= INP_MEDIUM_TIMING) {
    return ScoreClassification.OK;
  }
  return ScoreClassification.BAD;
}
__name(scoreClassificationForInteractionToNextPaint, "scoreClassificationForInteractionToNextPaint");

// node_modules/@paulirish/trace_engine/models/trace/handlers/WarningsHandler.js
var WarningsHandler_exports = {};
__export(WarningsHandler_exports, {
  FORCED_REFLOW_THRESHOLD: () => FORCED_REFLOW_THRESHOLD,
  LONG_MAIN_THREAD_TASK_THRESHOLD: () => LONG_MAIN_THREAD_TASK_THRESHOLD,
  data: () => data30,
  deps: () => deps16,
  finalize: () => finalize30,
  handleEvent: () => handleEvent30,
  reset: () => reset30
});

// node_modules/@paulirish/trace_engine/models/trace/handlers/WorkersHandler.js
var WorkersHandler_exports = {};
__export(WorkersHandler_exports, {
  data: () => data29,
  finalize: () => finalize29,
  handleEvent: () => handleEvent29,
  reset: () => reset29
});
var sessionIdEvents = [];
var workerIdByThread = /* @__PURE__ */ new Map();
var workerURLById = /* @__PURE__ */ new Map();
function reset29() {
  sessionIdEvents = [];
  workerIdByThread = /* @__PURE__ */ new Map();
  workerURLById = /* @__PURE__ */ new Map();
}
__name(reset29, "reset");
function handleEvent29(event) {
  if (TraceEvents_exports.isTracingSessionIdForWorker(event)) {
    sessionIdEvents.push(event);
  }
}
__name(handleEvent29, "handleEvent");
async function finalize29() {
  for (const sessionIdEvent of sessionIdEvents) {
    if (!sessionIdEvent.args.data) {
      continue;
    }
    workerIdByThread.set(sessionIdEvent.args.data.workerThreadId, sessionIdEvent.args.data.workerId);
    workerURLById.set(sessionIdEvent.args.data.workerId, sessionIdEvent.args.data.url);
  }
}
__name(finalize29, "finalize");
function data29() {
  return {
    workerSessionIdEvents: sessionIdEvents,
    workerIdByThread,
    workerURLById
  };
}
__name(data29, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/WarningsHandler.js
var warningsPerEvent = /* @__PURE__ */ new Map();
var eventsPerWarning = /* @__PURE__ */ new Map();
var allEventsStack = [];
var jsInvokeStack = [];
var taskReflowEvents = [];
var longTaskEvents = [];
var FORCED_REFLOW_THRESHOLD = Timing_exports3.milliToMicro(Timing_exports.Milli(30));
var LONG_MAIN_THREAD_TASK_THRESHOLD = Timing_exports3.milliToMicro(Timing_exports.Milli(50));
function reset30() {
  warningsPerEvent = /* @__PURE__ */ new Map();
  eventsPerWarning = /* @__PURE__ */ new Map();
  allEventsStack = [];
  jsInvokeStack = [];
  taskReflowEvents = [];
  longTaskEvents = [];
}
__name(reset30, "reset");
function storeWarning(event, warning) {
  const existingWarnings = MapUtilities_exports.getWithDefault(warningsPerEvent, event, () => []);
  existingWarnings.push(warning);
  warningsPerEvent.set(event, existingWarnings);
  const existingEvents = MapUtilities_exports.getWithDefault(eventsPerWarning, warning, () => []);
  existingEvents.push(event);
  eventsPerWarning.set(warning, existingEvents);
}
__name(storeWarning, "storeWarning");
function handleEvent30(event) {
  processForcedReflowWarning(event);
  if (event.name === TraceEvents_exports.Name.RUN_TASK) {
    const { duration } = Timing_exports3.eventTimingsMicroSeconds(event);
    if (duration > LONG_MAIN_THREAD_TASK_THRESHOLD) {
      longTaskEvents.push(event);
    }
    return;
  }
  if (TraceEvents_exports.isFireIdleCallback(event)) {
    const { duration } = Timing_exports3.eventTimingsMilliSeconds(event);
    if (duration > event.args.data.allottedMilliseconds) {
      storeWarning(event, "IDLE_CALLBACK_OVER_TIME");
    }
    return;
  }
}
__name(handleEvent30, "handleEvent");
function processForcedReflowWarning(event) {
  accomodateEventInStack(event, allEventsStack);
  accomodateEventInStack(
    event,
    jsInvokeStack,
    /* pushEventToStack */
    TraceEvents_exports.isJSInvocationEvent(event)
  );
  if (jsInvokeStack.length) {
    if (event.name === TraceEvents_exports.Name.LAYOUT || event.name === TraceEvents_exports.Name.RECALC_STYLE) {
      taskReflowEvents.push(event);
      return;
    }
  }
  if (allEventsStack.length === 1) {
    const totalTime = taskReflowEvents.reduce((time, event2) => time + (event2.dur || 0), 0);
    if (totalTime >= FORCED_REFLOW_THRESHOLD) {
      taskReflowEvents.forEach((reflowEvent) => storeWarning(reflowEvent, "FORCED_REFLOW"));
    }
    taskReflowEvents.length = 0;
  }
}
__name(processForcedReflowWarning, "processForcedReflowWarning");
function accomodateEventInStack(event, stack, pushEventToStack = true) {
  let nextItem = stack.at(-1);
  while (nextItem && event.ts > nextItem.ts + (nextItem.dur || 0)) {
    stack.pop();
    nextItem = stack.at(-1);
  }
  if (!pushEventToStack) {
    return;
  }
  stack.push(event);
}
__name(accomodateEventInStack, "accomodateEventInStack");
function deps16() {
  return ["UserInteractions", "Workers"];
}
__name(deps16, "deps");
async function finalize30() {
  const longInteractions = data28().interactionsOverThreshold;
  for (const interaction of longInteractions) {
    storeWarning(interaction, "LONG_INTERACTION");
  }
  for (const event of longTaskEvents) {
    if (!(event.tid, data29().workerIdByThread.has(event.tid))) {
      storeWarning(event, "LONG_TASK");
    }
  }
  longTaskEvents.length = 0;
}
__name(finalize30, "finalize");
function data30() {
  return {
    perEvent: warningsPerEvent,
    perWarning: eventsPerWarning
  };
}
__name(data30, "data");

// node_modules/@paulirish/trace_engine/models/trace/handlers/types.js
var types_exports2 = {};

// node_modules/@paulirish/trace_engine/models/trace/extras/TraceFilter.js
var TraceFilter = class {
  static {
    __name(this, "TraceFilter");
  }
};
var VisibleEventsFilter = class _VisibleEventsFilter extends TraceFilter {
  static {
    __name(this, "VisibleEventsFilter");
  }
  visibleTypes;
  constructor(visibleTypes) {
    super();
    this.visibleTypes = new Set(visibleTypes);
  }
  accept(event) {
    if (Extensions_exports.isSyntheticExtensionEntry(event)) {
      return true;
    }
    return this.visibleTypes.has(_VisibleEventsFilter.eventType(event));
  }
  static eventType(event) {
    if (event.cat.includes("blink.console")) {
      return TraceEvents_exports.Name.CONSOLE_TIME;
    }
    if (event.cat.includes("blink.user_timing")) {
      return TraceEvents_exports.Name.USER_TIMING;
    }
    return event.name;
  }
};
var ExclusiveNameFilter = class extends TraceFilter {
  static {
    __name(this, "ExclusiveNameFilter");
  }
  #excludeNames;
  constructor(excludeNames) {
    super();
    this.#excludeNames = new Set(excludeNames);
  }
  accept(event) {
    return !this.#excludeNames.has(event.name);
  }
};

// node_modules/@paulirish/trace_engine/models/trace/extras/TraceTree.js
var Node = class {
  static {
    __name(this, "Node");
  }
  /** ms */
  totalTime;
  /** ms */
  selfTime;
  transferSize;
  id;
  /** The first trace event encountered that necessitated the creation of this tree node. */
  event;
  /**
   * All of the trace events associated with this aggregate node.
   * Minor: In the case of Event Log (EventsTimelineTreeView), the node is not aggregate and this will only hold 1 event, the same that's in this.event
   */
  events;
  parent;
  groupId;
  isGroupNodeInternal;
  depth;
  constructor(id, event) {
    this.totalTime = 0;
    this.selfTime = 0;
    this.transferSize = 0;
    this.id = id;
    this.event = event;
    this.events = [event];
    this.groupId = "";
    this.isGroupNodeInternal = false;
    this.depth = 0;
  }
  isGroupNode() {
    return this.isGroupNodeInternal;
  }
  hasChildren() {
    throw new Error("Not implemented");
  }
  setHasChildren(_value) {
    throw new Error("Not implemented");
  }
  /**
   * Returns the direct descendants of this node.
   * @returns a map with ordered <nodeId, Node> tuples.
   */
  children() {
    throw new Error("Not implemented");
  }
  searchTree(matchFunction, results) {
    results = results || [];
    if (this.event && matchFunction(this.event)) {
      results.push(this);
    }
    for (const child of this.children().values()) {
      child.searchTree(matchFunction, results);
    }
    return results;
  }
};
var BottomUpRootNode = class extends Node {
  static {
    __name(this, "BottomUpRootNode");
  }
  childrenInternal;
  textFilter;
  filter;
  startTime;
  endTime;
  totalTime;
  eventGroupIdCallback;
  calculateTransferSize;
  forceGroupIdCallback;
  constructor(events, { textFilter, filters, startTime, endTime, eventGroupIdCallback, calculateTransferSize, forceGroupIdCallback }) {
    super("", events[0]);
    this.childrenInternal = null;
    this.events = events;
    this.textFilter = textFilter;
    this.filter = (e) => filters.every((f) => f.accept(e));
    this.startTime = startTime;
    this.endTime = endTime;
    this.eventGroupIdCallback = eventGroupIdCallback;
    this.totalTime = endTime - startTime;
    this.calculateTransferSize = calculateTransferSize;
    this.forceGroupIdCallback = forceGroupIdCallback;
  }
  hasChildren() {
    return true;
  }
  filterChildren(children) {
    for (const [id, child] of children) {
      if (child.event && child.depth <= 1 && !this.textFilter.accept(child.event)) {
        children.delete(id);
      }
    }
    return children;
  }
  children() {
    if (!this.childrenInternal) {
      this.childrenInternal = this.filterChildren(this.grouppedTopNodes());
    }
    return this.childrenInternal;
  }
  // If no grouping is applied, the nodes returned here are what's initially shown in the bottom-up view.
  // "No grouping" == no grouping in UI dropdown == no groupingFunction…
  // … HOWEVER, nodes are still aggregated via `generateEventID`, which is ~= the event name.
  ungroupedTopNodes() {
    const root = this;
    const startTime = this.startTime;
    const endTime = this.endTime;
    const idStack = [];
    const nodeById = /* @__PURE__ */ new Map();
    const selfTimeStack = [endTime - startTime];
    const firstNodeStack = [];
    const totalTimeById = /* @__PURE__ */ new Map();
    const eventGroupIdCallback = this.eventGroupIdCallback;
    const forceGroupIdCallback = this.forceGroupIdCallback;
    const idToIsCacheHit = /* @__PURE__ */ new Map();
    for (const e of this.events) {
      if (TraceEvents_exports.isReceivedDataEvent(e) && e.name === "ResourceReceiveResponse") {
        let id = generateEventID(e);
        if (this.forceGroupIdCallback && this.eventGroupIdCallback) {
          id = `${id}-${this.eventGroupIdCallback(e)}`;
        }
        idToIsCacheHit.set(id, e.args.data.fromCache || false);
      }
    }
    const sumTransferSizeOfInstantEvent = /* @__PURE__ */ __name((e) => {
      if (TraceEvents_exports.isReceivedDataEvent(e)) {
        let id = generateEventID(e);
        if (this.forceGroupIdCallback && this.eventGroupIdCallback) {
          id = `${id}-${this.eventGroupIdCallback(e)}`;
        }
        let node = nodeById.get(id);
        if (!node) {
          node = new BottomUpNode(root, id, e, false, root);
          nodeById.set(id, node);
        } else {
          node.events.push(e);
        }
        if (e.name === "ResourceReceivedData") {
          if (idToIsCacheHit.get(id)) {
            node.transferSize = 0;
          } else {
            node.transferSize += e.args.data.encodedDataLength;
          }
        } else if (e.name === "ResourceFinish" && e.args.data.encodedDataLength === 0 && idToIsCacheHit.get(id)) {
          node.transferSize = 0;
        } else if (e.args.data.encodedDataLength > 0) {
          node.transferSize = e.args.data.encodedDataLength;
        }
      }
    }, "sumTransferSizeOfInstantEvent");
    Trace_exports.forEachEvent(this.events, {
      onStartEvent,
      onEndEvent,
      onInstantEvent: this.calculateTransferSize ? sumTransferSizeOfInstantEvent : void 0,
      startTime: Timing_exports3.milliToMicro(this.startTime),
      endTime: Timing_exports3.milliToMicro(this.endTime),
      eventFilter: this.filter,
      ignoreAsyncEvents: false
    });
    function onStartEvent(e) {
      const { startTime: currentStartTime, endTime: currentEndTime } = Timing_exports3.eventTimingsMilliSeconds(e);
      const actualEndTime = currentEndTime !== void 0 ? Math.min(currentEndTime, endTime) : endTime;
      const duration = actualEndTime - Math.max(currentStartTime, startTime);
      selfTimeStack[selfTimeStack.length - 1] -= duration;
      selfTimeStack.push(duration);
      let id = generateEventID(e);
      if (forceGroupIdCallback && eventGroupIdCallback) {
        id = `${id}-${eventGroupIdCallback(e)}`;
      }
      idStack.push(id);
      const noNodeOnStack = !totalTimeById.has(id);
      if (noNodeOnStack) {
        totalTimeById.set(id, duration);
      }
      firstNodeStack.push(noNodeOnStack);
    }
    __name(onStartEvent, "onStartEvent");
    function onEndEvent(event) {
      const id = idStack.pop();
      if (!id) {
        return;
      }
      let node = nodeById.get(id);
      if (!node) {
        node = new BottomUpNode(root, id, event, false, root);
        nodeById.set(id, node);
      } else {
        node.events.push(event);
      }
      node.selfTime += selfTimeStack.pop() || 0;
      if (firstNodeStack.pop()) {
        node.totalTime += totalTimeById.get(id) || 0;
        totalTimeById.delete(id);
      }
      if (idStack.length > 0) {
        node.setHasChildren(true);
      }
    }
    __name(onEndEvent, "onEndEvent");
    this.selfTime = selfTimeStack.pop() || 0;
    for (const pair of nodeById) {
      if (pair[1].selfTime <= 0 && (!this.calculateTransferSize || pair[1].transferSize <= 0)) {
        nodeById.delete(pair[0]);
      }
    }
    return nodeById;
  }
  grouppedTopNodes() {
    const flatNodes = this.ungroupedTopNodes();
    if (!this.eventGroupIdCallback) {
      return flatNodes;
    }
    const groupNodes = /* @__PURE__ */ new Map();
    for (const node of flatNodes.values()) {
      const groupId = this.eventGroupIdCallback(node.event);
      let groupNode = groupNodes.get(groupId);
      if (!groupNode) {
        groupNode = new GroupNode(groupId, this, node.events);
        groupNodes.set(groupId, groupNode);
      } else {
        for (const e of node.events) {
          groupNode.events.push(e);
        }
      }
      groupNode.addChild(node, node.selfTime, node.selfTime, node.transferSize);
    }
    return groupNodes;
  }
};
var GroupNode = class extends Node {
  static {
    __name(this, "GroupNode");
  }
  childrenInternal;
  isGroupNodeInternal;
  events;
  constructor(id, parent, events) {
    super(id, events[0]);
    this.events = events;
    this.childrenInternal = /* @__PURE__ */ new Map();
    this.parent = parent;
    this.isGroupNodeInternal = true;
  }
  addChild(child, selfTime, totalTime, transferSize) {
    this.childrenInternal.set(child.id, child);
    this.selfTime += selfTime;
    this.totalTime += totalTime;
    this.transferSize += transferSize;
    child.parent = this;
  }
  hasChildren() {
    return true;
  }
  children() {
    return this.childrenInternal;
  }
};
var BottomUpNode = class _BottomUpNode extends Node {
  static {
    __name(this, "BottomUpNode");
  }
  parent;
  root;
  depth;
  cachedChildren;
  hasChildrenInternal;
  constructor(root, id, event, hasChildren, parent) {
    super(id, event);
    this.parent = parent;
    this.root = root;
    this.depth = (parent.depth || 0) + 1;
    this.cachedChildren = null;
    this.hasChildrenInternal = hasChildren;
  }
  hasChildren() {
    return this.hasChildrenInternal;
  }
  setHasChildren(value) {
    this.hasChildrenInternal = value;
  }
  children() {
    if (this.cachedChildren) {
      return this.cachedChildren;
    }
    const selfTimeStack = [0];
    const eventIdStack = [];
    const eventStack = [];
    const nodeById = /* @__PURE__ */ new Map();
    const startTime = this.root.startTime;
    const endTime = this.root.endTime;
    let lastTimeMarker = startTime;
    const self2 = this;
    Trace_exports.forEachEvent(this.root.events, {
      onStartEvent,
      onEndEvent,
      startTime: Timing_exports3.milliToMicro(startTime),
      endTime: Timing_exports3.milliToMicro(endTime),
      eventFilter: this.root.filter,
      ignoreAsyncEvents: false
    });
    function onStartEvent(e) {
      const { startTime: currentStartTime, endTime: currentEndTime } = Timing_exports3.eventTimingsMilliSeconds(e);
      const actualEndTime = currentEndTime !== void 0 ? Math.min(currentEndTime, endTime) : endTime;
      const duration = actualEndTime - Math.max(currentStartTime, startTime);
      if (duration < 0) {
        console.assert(false, "Negative duration of an event");
      }
      selfTimeStack[selfTimeStack.length - 1] -= duration;
      selfTimeStack.push(duration);
      const id = generateEventID(e);
      eventIdStack.push(id);
      eventStack.push(e);
    }
    __name(onStartEvent, "onStartEvent");
    function onEndEvent(e) {
      const { startTime: currentStartTime, endTime: currentEndTime } = Timing_exports3.eventTimingsMilliSeconds(e);
      const selfTime = selfTimeStack.pop();
      const id = eventIdStack.pop();
      eventStack.pop();
      let node;
      for (node = self2; node.depth > 1; node = node.parent) {
        if (node.id !== eventIdStack[eventIdStack.length + 1 - node.depth]) {
          return;
        }
      }
      if (node.id !== id || eventIdStack.length < self2.depth) {
        return;
      }
      const childId = eventIdStack[eventIdStack.length - self2.depth];
      node = nodeById.get(childId);
      if (!node) {
        const event = eventStack[eventStack.length - self2.depth];
        const hasChildren = eventStack.length > self2.depth;
        node = new _BottomUpNode(self2.root, childId, event, hasChildren, self2);
        nodeById.set(childId, node);
      } else {
        node.events.push(e);
      }
      const actualEndTime = currentEndTime !== void 0 ? Math.min(currentEndTime, endTime) : endTime;
      const totalTime = actualEndTime - Math.max(currentStartTime, lastTimeMarker);
      node.selfTime += selfTime || 0;
      node.totalTime += totalTime;
      lastTimeMarker = actualEndTime;
    }
    __name(onEndEvent, "onEndEvent");
    this.cachedChildren = this.root.filterChildren(nodeById);
    return this.cachedChildren;
  }
  searchTree(matchFunction, results) {
    results = results || [];
    if (this.event && matchFunction(this.event)) {
      results.push(this);
    }
    return results;
  }
};
function generateEventID(event) {
  if (TraceEvents_exports.isProfileCall(event)) {
    const name = SamplesIntegrator.isNativeRuntimeFrame(event.callFrame) ? SamplesIntegrator.nativeGroup(event.callFrame.functionName) : event.callFrame.functionName;
    const location = event.callFrame.scriptId || event.callFrame.url || "";
    return `f:${name}@${location}:${event.callFrame.lineNumber}:${event.callFrame.columnNumber}`;
  }
  if (TraceEvents_exports.isConsoleTimeStamp(event) && event.args.data) {
    return `${event.name}:${event.args.data.name}`;
  }
  if (TraceEvents_exports.isSyntheticNetworkRequest(event) || TraceEvents_exports.isReceivedDataEvent(event)) {
    return `req:${event.args.data.requestId}`;
  }
  return event.name;
}
__name(generateEventID, "generateEventID");

// node_modules/@paulirish/trace_engine/models/trace/extras/ThirdParties.js
function collectMainThreadActivity(data31) {
  const mainFrameMainThread = data31.Renderer.processes.values().find((p) => {
    const url = p.url ?? "";
    return p.isOnMainFrame && !url.startsWith("about:") && !url.startsWith("chrome:");
  })?.threads.values().find((t) => t.name === "CrRendererMain");
  if (!mainFrameMainThread) {
    return [];
  }
  return mainFrameMainThread.entries;
}
__name(collectMainThreadActivity, "collectMainThreadActivity");
function summarizeByThirdParty(data31, traceBounds2) {
  const mainThreadEvents = collectMainThreadActivity(data31).sort(Trace_exports.eventTimeComparator);
  const groupingFunction = /* @__PURE__ */ __name((event) => {
    const entity = data31.Renderer.entityMappings.entityByEvent.get(event);
    return entity?.name ?? "";
  }, "groupingFunction");
  const node = getBottomUpTree(mainThreadEvents, traceBounds2, groupingFunction);
  const summaries = summarizeBottomUpByEntity(node, data31);
  return summaries;
}
__name(summarizeByThirdParty, "summarizeByThirdParty");
function summarizeByURL(data31, traceBounds2) {
  const mainThreadEvents = collectMainThreadActivity(data31).sort(Trace_exports.eventTimeComparator);
  const groupingFunction = /* @__PURE__ */ __name((event) => {
    return helpers_exports.getNonResolvedURL(event, data31) ?? "";
  }, "groupingFunction");
  const node = getBottomUpTree(mainThreadEvents, traceBounds2, groupingFunction);
  const summaries = summarizeBottomUpByURL(node, data31);
  return summaries;
}
__name(summarizeByURL, "summarizeByURL");
function summarizeBottomUpByEntity(root, data31) {
  const summaries = [];
  const topNodes = [...root.children().values()].flat();
  for (const node of topNodes) {
    if (node.id === "") {
      continue;
    }
    const entity = data31.Renderer.entityMappings.entityByEvent.get(node.event);
    if (!entity) {
      continue;
    }
    const summary = {
      transferSize: node.transferSize,
      mainThreadTime: Timing_exports.Milli(node.selfTime),
      entity,
      relatedEvents: data31.Renderer.entityMappings.eventsByEntity.get(entity) ?? []
    };
    summaries.push(summary);
  }
  return summaries;
}
__name(summarizeBottomUpByEntity, "summarizeBottomUpByEntity");
function summarizeBottomUpByURL(root, data31) {
  const summaries = [];
  const allRequests = data31.NetworkRequests.byTime;
  const topNodes = [...root.children().values()].flat();
  for (const node of topNodes) {
    if (node.id === "" || typeof node.id !== "string") {
      continue;
    }
    const entity = data31.Renderer.entityMappings.entityByEvent.get(node.event);
    if (!entity) {
      continue;
    }
    const url = node.id;
    const request = allRequests.find((r) => r.args.data.url === url);
    const summary = {
      request,
      url,
      entity,
      transferSize: node.transferSize,
      mainThreadTime: Timing_exports.Milli(node.selfTime)
    };
    summaries.push(summary);
  }
  return summaries;
}
__name(summarizeBottomUpByURL, "summarizeBottomUpByURL");
function getBottomUpTree(mainThreadEvents, tracebounds, groupingFunction) {
  const visibleEvents = Trace_exports.VISIBLE_TRACE_EVENT_TYPES.values().toArray();
  const filter = new VisibleEventsFilter(visibleEvents.concat([TraceEvents_exports.Name.SYNTHETIC_NETWORK_REQUEST]));
  const startTime = Timing_exports3.microToMilli(tracebounds.min);
  const endTime = Timing_exports3.microToMilli(tracebounds.max);
  return new BottomUpRootNode(mainThreadEvents, {
    textFilter: new ExclusiveNameFilter([]),
    filters: [filter],
    startTime,
    endTime,
    eventGroupIdCallback: groupingFunction,
    calculateTransferSize: true,
    // Ensure we group by 3P alongside eventID for correct 3P grouping.
    forceGroupIdCallback: true
  });
}
__name(getBottomUpTree, "getBottomUpTree");

// node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js
var Cache_exports = {};
__export(Cache_exports, {
  UIStrings: () => UIStrings,
  cachingDisabled: () => cachingDisabled,
  computeCacheLifetimeInSeconds: () => computeCacheLifetimeInSeconds,
  createOverlayForRequest: () => createOverlayForRequest,
  createOverlays: () => createOverlays,
  generateInsight: () => generateInsight,
  getCombinedHeaders: () => getCombinedHeaders,
  i18nString: () => i18nString,
  isCacheInsight: () => isCacheInsight,
  isCacheable: () => isCacheable
});

// node_modules/@paulirish/trace_engine/models/trace/insights/Common.js
var Common_exports = {};
__export(Common_exports, {
  calculateDocFirstByteTs: () => calculateDocFirstByteTs,
  calculateMetricWeightsForSorting: () => calculateMetricWeightsForSorting,
  estimateCompressedContentSize: () => estimateCompressedContentSize,
  estimateCompressionRatioForScript: () => estimateCompressionRatioForScript,
  evaluateCLSMetricScore: () => evaluateCLSMetricScore,
  evaluateINPMetricScore: () => evaluateINPMetricScore,
  evaluateLCPMetricScore: () => evaluateLCPMetricScore,
  getCLS: () => getCLS,
  getFieldMetricsForInsightSet: () => getFieldMetricsForInsightSet,
  getINP: () => getINP,
  getInsight: () => getInsight,
  getLCP: () => getLCP,
  insightBounds: () => insightBounds,
  isInsightKey: () => isInsightKey,
  isRequestCompressed: () => isRequestCompressed,
  isRequestServedFromBrowserCache: () => isRequestServedFromBrowserCache,
  metricSavingsForWastedBytes: () => metricSavingsForWastedBytes
});

// node_modules/@paulirish/trace_engine/models/trace/insights/Statistics.js
var Statistics_exports = {};
__export(Statistics_exports, {
  getLogNormalScore: () => getLogNormalScore,
  linearInterpolation: () => linearInterpolation
});
var MIN_PASSING_SCORE = 0.9;
var MAX_AVERAGE_SCORE = 0.8999999999999999;
var MIN_AVERAGE_SCORE = 0.5;
var MAX_FAILING_SCORE = 0.49999999999999994;
function erf(x) {
  const sign = Math.sign(x);
  x = Math.abs(x);
  const a1 = 0.254829592;
  const a2 = -0.284496736;
  const a3 = 1.421413741;
  const a4 = -1.453152027;
  const a5 = 1.061405429;
  const p = 0.3275911;
  const t = 1 / (1 + p * x);
  const y = t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))));
  return sign * (1 - y * Math.exp(-x * x));
}
__name(erf, "erf");
function getLogNormalScore({ median, p10 }, value) {
  if (median <= 0) {
    throw new Error("median must be greater than zero");
  }
  if (p10 <= 0) {
    throw new Error("p10 must be greater than zero");
  }
  if (p10 >= median) {
    throw new Error("p10 must be less than the median");
  }
  if (value <= 0) {
    return 1;
  }
  const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;
  const xRatio = Math.max(Number.MIN_VALUE, value / median);
  const xLogRatio = Math.log(xRatio);
  const p10Ratio = Math.max(Number.MIN_VALUE, p10 / median);
  const p10LogRatio = -Math.log(p10Ratio);
  const standardizedX = xLogRatio * INVERSE_ERFC_ONE_FIFTH / p10LogRatio;
  const complementaryPercentile = (1 - erf(standardizedX)) / 2;
  let score;
  if (value <= p10) {
    score = Math.max(MIN_PASSING_SCORE, Math.min(1, complementaryPercentile));
  } else if (value <= median) {
    score = Math.max(MIN_AVERAGE_SCORE, Math.min(MAX_AVERAGE_SCORE, complementaryPercentile));
  } else {
    score = Math.max(0, Math.min(MAX_FAILING_SCORE, complementaryPercentile));
  }
  return score;
}
__name(getLogNormalScore, "getLogNormalScore");
function linearInterpolation(x0, y0, x1, y1, x) {
  const slope = (y1 - y0) / (x1 - x0);
  return y0 + (x - x0) * slope;
}
__name(linearInterpolation, "linearInterpolation");

// node_modules/@paulirish/trace_engine/models/trace/insights/types.js
var types_exports3 = {};
__export(types_exports3, {
  InsightCategory: () => InsightCategory,
  InsightKeys: () => InsightKeys,
  InsightWarning: () => InsightWarning
});
var InsightWarning;
(function(InsightWarning2) {
  InsightWarning2["NO_FP"] = "NO_FP";
  InsightWarning2["NO_LCP"] = "NO_LCP";
  InsightWarning2["NO_DOCUMENT_REQUEST"] = "NO_DOCUMENT_REQUEST";
  InsightWarning2["NO_LAYOUT"] = "NO_LAYOUT";
})(InsightWarning || (InsightWarning = {}));
var InsightCategory;
(function(InsightCategory2) {
  InsightCategory2["ALL"] = "All";
  InsightCategory2["INP"] = "INP";
  InsightCategory2["LCP"] = "LCP";
  InsightCategory2["CLS"] = "CLS";
})(InsightCategory || (InsightCategory = {}));
var InsightKeys;
(function(InsightKeys2) {
  InsightKeys2["LCP_BREAKDOWN"] = "LCPBreakdown";
  InsightKeys2["INP_BREAKDOWN"] = "INPBreakdown";
  InsightKeys2["CLS_CULPRITS"] = "CLSCulprits";
  InsightKeys2["THIRD_PARTIES"] = "ThirdParties";
  InsightKeys2["DOCUMENT_LATENCY"] = "DocumentLatency";
  InsightKeys2["DOM_SIZE"] = "DOMSize";
  InsightKeys2["DUPLICATE_JAVASCRIPT"] = "DuplicatedJavaScript";
  InsightKeys2["FONT_DISPLAY"] = "FontDisplay";
  InsightKeys2["FORCED_REFLOW"] = "ForcedReflow";
  InsightKeys2["IMAGE_DELIVERY"] = "ImageDelivery";
  InsightKeys2["LCP_DISCOVERY"] = "LCPDiscovery";
  InsightKeys2["LEGACY_JAVASCRIPT"] = "LegacyJavaScript";
  InsightKeys2["NETWORK_DEPENDENCY_TREE"] = "NetworkDependencyTree";
  InsightKeys2["RENDER_BLOCKING"] = "RenderBlocking";
  InsightKeys2["SLOW_CSS_SELECTOR"] = "SlowCSSSelector";
  InsightKeys2["VIEWPORT"] = "Viewport";
  InsightKeys2["MODERN_HTTP"] = "ModernHTTP";
  InsightKeys2["CACHE"] = "Cache";
  InsightKeys2["CHARACTER_SET"] = "CharacterSet";
})(InsightKeys || (InsightKeys = {}));

// node_modules/@paulirish/trace_engine/models/trace/insights/Common.js
var GRAPH_SAVINGS_PRECISION = 50;
function getInsight(insightName, insightSet) {
  return insightSet.model[insightName];
}
__name(getInsight, "getInsight");
function isInsightKey(key) {
  return Object.values(InsightKeys).includes(key);
}
__name(isInsightKey, "isInsightKey");
function getLCP(insightSet) {
  const insight = getInsight(InsightKeys.LCP_BREAKDOWN, insightSet);
  if (!insight || !insight.lcpMs || !insight.lcpEvent) {
    return null;
  }
  const value = Timing_exports3.milliToMicro(insight.lcpMs);
  return { value, event: insight.lcpEvent };
}
__name(getLCP, "getLCP");
function getINP(insightSet) {
  const insight = getInsight(InsightKeys.INP_BREAKDOWN, insightSet);
  if (!insight?.longestInteractionEvent?.dur) {
    return null;
  }
  const value = insight.longestInteractionEvent.dur;
  return { value, event: insight.longestInteractionEvent };
}
__name(getINP, "getINP");
function getCLS(insightSet) {
  const insight = getInsight(InsightKeys.CLS_CULPRITS, insightSet);
  if (!insight) {
    return { value: 0, worstClusterEvent: null };
  }
  let maxScore = 0;
  let worstCluster;
  for (const cluster of insight.clusters) {
    if (cluster.clusterCumulativeScore > maxScore) {
      maxScore = cluster.clusterCumulativeScore;
      worstCluster = cluster;
    }
  }
  return { value: maxScore, worstClusterEvent: worstCluster ?? null };
}
__name(getCLS, "getCLS");
function evaluateLCPMetricScore(value) {
  return getLogNormalScore({ p10: 2500, median: 4e3 }, value);
}
__name(evaluateLCPMetricScore, "evaluateLCPMetricScore");
function evaluateINPMetricScore(value) {
  return getLogNormalScore({ p10: 200, median: 500 }, value);
}
__name(evaluateINPMetricScore, "evaluateINPMetricScore");
function evaluateCLSMetricScore(value) {
  return getLogNormalScore({ p10: 0.1, median: 0.25 }, value);
}
__name(evaluateCLSMetricScore, "evaluateCLSMetricScore");
function getPageResult(cruxFieldData, url, origin, scope = null) {
  return cruxFieldData.find((result) => {
    const key = scope ? result[`${scope.pageScope}-${scope.deviceScope}`]?.record.key : (result["url-ALL"] || result["origin-ALL"])?.record.key;
    return key?.url && key.url === url || key?.origin && key.origin === origin;
  });
}
__name(getPageResult, "getPageResult");
function getMetricResult(pageResult, name, scope = null) {
  const scopes = [];
  if (scope) {
    scopes.push(scope);
  } else {
    scopes.push({ pageScope: "url", deviceScope: "ALL" });
    scopes.push({ pageScope: "origin", deviceScope: "ALL" });
  }
  for (const scope2 of scopes) {
    const key = `${scope2.pageScope}-${scope2.deviceScope}`;
    let value = pageResult[key]?.record.metrics[name]?.percentiles?.p75;
    if (typeof value === "string") {
      value = Number(value);
    }
    if (typeof value === "number" && Number.isFinite(value)) {
      return { value, pageScope: scope2.pageScope };
    }
  }
  return null;
}
__name(getMetricResult, "getMetricResult");
function getMetricTimingResult(pageResult, name, scope = null) {
  const result = getMetricResult(pageResult, name, scope);
  if (result) {
    const valueMs = result.value;
    return { value: Timing_exports3.milliToMicro(valueMs), pageScope: result.pageScope };
  }
  return null;
}
__name(getMetricTimingResult, "getMetricTimingResult");
function getFieldMetricsForInsightSet(insightSet, metadata, scope = null) {
  const cruxFieldData = metadata?.cruxFieldData;
  if (!cruxFieldData) {
    return null;
  }
  const pageResult = getPageResult(cruxFieldData, insightSet.url.href, insightSet.url.origin, scope);
  if (!pageResult) {
    return null;
  }
  return {
    fcp: getMetricTimingResult(pageResult, "first_contentful_paint", scope),
    lcp: getMetricTimingResult(pageResult, "largest_contentful_paint", scope),
    inp: getMetricTimingResult(pageResult, "interaction_to_next_paint", scope),
    cls: getMetricResult(pageResult, "cumulative_layout_shift", scope),
    lcpBreakdown: {
      ttfb: getMetricTimingResult(pageResult, "largest_contentful_paint_image_time_to_first_byte", scope),
      loadDelay: getMetricTimingResult(pageResult, "largest_contentful_paint_image_resource_load_delay", scope),
      loadDuration: getMetricTimingResult(pageResult, "largest_contentful_paint_image_resource_load_duration", scope),
      renderDelay: getMetricTimingResult(pageResult, "largest_contentful_paint_image_element_render_delay", scope)
    }
  };
}
__name(getFieldMetricsForInsightSet, "getFieldMetricsForInsightSet");
function calculateMetricWeightsForSorting(insightSet, metadata) {
  const weights = {
    lcp: 1 / 3,
    inp: 1 / 3,
    cls: 1 / 3
  };
  const cruxFieldData = metadata?.cruxFieldData;
  if (!cruxFieldData) {
    return weights;
  }
  const fieldMetrics = getFieldMetricsForInsightSet(insightSet, metadata);
  if (!fieldMetrics) {
    return weights;
  }
  const fieldLcp = fieldMetrics.lcp?.value ?? null;
  const fieldInp = fieldMetrics.inp?.value ?? null;
  const fieldCls = fieldMetrics.cls?.value ?? null;
  const fieldLcpScore = fieldLcp !== null ? evaluateLCPMetricScore(Timing_exports3.microToMilli(fieldLcp)) : 0;
  const fieldInpScore = fieldInp !== null ? evaluateINPMetricScore(Timing_exports3.microToMilli(fieldInp)) : 0;
  const fieldClsScore = fieldCls !== null ? evaluateCLSMetricScore(fieldCls) : 0;
  const fieldLcpScoreInverted = 1 - fieldLcpScore;
  const fieldInpScoreInverted = 1 - fieldInpScore;
  const fieldClsScoreInverted = 1 - fieldClsScore;
  const invertedSum = fieldLcpScoreInverted + fieldInpScoreInverted + fieldClsScoreInverted;
  if (!invertedSum) {
    return weights;
  }
  weights.lcp = fieldLcpScoreInverted / invertedSum;
  weights.inp = fieldInpScoreInverted / invertedSum;
  weights.cls = fieldClsScoreInverted / invertedSum;
  return weights;
}
__name(calculateMetricWeightsForSorting, "calculateMetricWeightsForSorting");
function estimateSavingsWithGraphs(wastedBytesByRequestId, simulator, graph2) {
  const simulationBeforeChanges = simulator.simulate(graph2);
  const originalTransferSizes = /* @__PURE__ */ new Map();
  graph2.traverse((node) => {
    if (node.type !== "network") {
      return;
    }
    const wastedBytes = wastedBytesByRequestId.get(node.request.requestId);
    if (!wastedBytes) {
      return;
    }
    const original = node.request.transferSize;
    originalTransferSizes.set(node.request.requestId, original);
    node.request.transferSize = Math.max(original - wastedBytes, 0);
  });
  const simulationAfterChanges = simulator.simulate(graph2);
  graph2.traverse((node) => {
    if (node.type !== "network") {
      return;
    }
    const originalTransferSize = originalTransferSizes.get(node.request.requestId);
    if (originalTransferSize === void 0) {
      return;
    }
    node.request.transferSize = originalTransferSize;
  });
  let savings = simulationBeforeChanges.timeInMs - simulationAfterChanges.timeInMs;
  savings = Math.round(savings / GRAPH_SAVINGS_PRECISION) * GRAPH_SAVINGS_PRECISION;
  return Timing_exports.Milli(savings);
}
__name(estimateSavingsWithGraphs, "estimateSavingsWithGraphs");
function metricSavingsForWastedBytes(wastedBytesByRequestId, context) {
  if (!context.navigation || !context.lantern) {
    return;
  }
  if (!wastedBytesByRequestId.size) {
    return { FCP: Timing_exports.Milli(0), LCP: Timing_exports.Milli(0) };
  }
  const simulator = context.lantern.simulator;
  const fcpGraph = context.lantern.metrics.firstContentfulPaint.optimisticGraph;
  const lcpGraph = context.lantern.metrics.largestContentfulPaint.optimisticGraph;
  return {
    FCP: estimateSavingsWithGraphs(wastedBytesByRequestId, simulator, fcpGraph),
    LCP: estimateSavingsWithGraphs(wastedBytesByRequestId, simulator, lcpGraph)
  };
}
__name(metricSavingsForWastedBytes, "metricSavingsForWastedBytes");
function isRequestCompressed(request) {
  if (!request.args.data.responseHeaders) {
    return false;
  }
  const patterns = [
    /^content-encoding$/i,
    /^x-content-encoding-over-network$/i,
    /^x-original-content-encoding$/i
    // Lightrider.
  ];
  const compressionTypes = ["gzip", "br", "deflate", "zstd"];
  return request.args.data.responseHeaders.some((header) => patterns.some((p) => header.name.match(p)) && compressionTypes.includes(header.value));
}
__name(isRequestCompressed, "isRequestCompressed");
function isRequestServedFromBrowserCache(request) {
  if (!request.args.data.responseHeaders || request.args.data.failed) {
    return false;
  }
  if (request.args.data.statusCode === 304) {
    return true;
  }
  const { transferSize, resourceSize } = getRequestSizes(request);
  const ratio = resourceSize ? transferSize / resourceSize : 0;
  if (ratio < 0.01) {
    return true;
  }
  return false;
}
__name(isRequestServedFromBrowserCache, "isRequestServedFromBrowserCache");
function getRequestSizes(request) {
  const resourceSize = request.args.data.decodedBodyLength;
  const transferSize = request.args.data.encodedDataLength;
  return { resourceSize, transferSize };
}
__name(getRequestSizes, "getRequestSizes");
function estimateCompressedContentSize(request, totalBytes, resourceType) {
  if (!request || isRequestServedFromBrowserCache(request)) {
    switch (resourceType) {
      case "Stylesheet":
        return Math.round(totalBytes * 0.2);
      case "Script":
      case "Document":
        return Math.round(totalBytes * 0.33);
      default:
        return Math.round(totalBytes * 0.5);
    }
  }
  const { transferSize, resourceSize } = getRequestSizes(request);
  let contentTransferSize = transferSize;
  if (!isRequestCompressed(request)) {
    contentTransferSize = resourceSize;
  }
  if (request.args.data.resourceType === resourceType) {
    return contentTransferSize;
  }
  const compressionRatio = Number.isFinite(resourceSize) && resourceSize > 0 ? contentTransferSize / resourceSize : 1;
  return Math.round(totalBytes * compressionRatio);
}
__name(estimateCompressedContentSize, "estimateCompressedContentSize");
function estimateCompressionRatioForScript(script) {
  if (!script.request) {
    return 1;
  }
  const request = script.request;
  const contentLength = request.args.data.decodedBodyLength ?? script.content?.length ?? 0;
  const compressedSize = estimateCompressedContentSize(
    request,
    contentLength,
    "Script"
    /* Protocol.Network.ResourceType.Script */
  );
  if (contentLength === 0 || compressedSize === 0) {
    return 1;
  }
  const compressionRatio = compressedSize / contentLength;
  return compressionRatio;
}
__name(estimateCompressionRatioForScript, "estimateCompressionRatioForScript");
function calculateDocFirstByteTs(docRequest) {
  if (docRequest.args.data.protocol === "file") {
    return docRequest.ts;
  }
  const isLightrider = globalThis.isLightrider;
  if (isLightrider) {
    const lrServerResponseTime = docRequest.args.data.lrServerResponseTime;
    if (lrServerResponseTime !== void 0) {
      return Timing_exports.Micro(docRequest.ts + Timing_exports3.milliToMicro(lrServerResponseTime));
    }
  }
  const timing = docRequest.args.data.timing;
  if (!timing) {
    return null;
  }
  return Timing_exports.Micro(Timing_exports3.secondsToMicro(timing.requestTime) + Timing_exports3.milliToMicro(timing.receiveHeadersStart ?? timing.receiveHeadersEnd));
}
__name(calculateDocFirstByteTs, "calculateDocFirstByteTs");
function insightBounds(insight, insightSetBounds) {
  const overlays = insight.createOverlays?.() ?? [];
  const windows = overlays.map(Timing_exports3.traceWindowFromOverlay).filter((bounds) => !!bounds);
  const overlaysBounds = Timing_exports3.combineTraceWindowsMicro(windows);
  if (overlaysBounds) {
    return overlaysBounds;
  }
  return insightSetBounds;
}
__name(insightBounds, "insightBounds");

// node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js
var UIStrings = {
  /**
   * @description Title of an insight that provides information and suggestions of resources that could improve their caching.
   */
  title: "Use efficient cache lifetimes",
  /**
   * @description Text to tell the user about how caching can help improve performance.
   */
  description: "A long cache lifetime can speed up repeat visits to your page. [Learn more about caching](https://developer.chrome.com/docs/performance/insights/cache).",
  /**
   * @description Column for a font loaded by the page to render text.
   */
  requestColumn: "Request",
  /**
   * @description Column for a resource cache's Time To Live.
   */
  cacheTTL: "Cache TTL",
  /**
   * @description Text describing that there were no requests found that need caching.
   */
  noRequestsToCache: "No requests with inefficient cache policies",
  /**
   * @description Table row value representing the remaining items not shown in the table due to size constraints. This row will always represent at least 2 items.
   * @example {5} PH1
   */
  others: "{PH1} others"
};
var i18nString = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var IGNORE_THRESHOLD_IN_PERCENT = 0.925;
function finalize31(partialModel) {
  return {
    insightKey: InsightKeys.CACHE,
    strings: UIStrings,
    title: i18nString(UIStrings.title),
    description: i18nString(UIStrings.description),
    docs: "https://developer.chrome.com/docs/performance/insights/cache",
    category: InsightCategory.ALL,
    state: partialModel.requests.length > 0 ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize31, "finalize");
function isCacheable(request) {
  if (Network_exports.NON_NETWORK_SCHEMES.includes(request.args.data.protocol)) {
    return false;
  }
  return Boolean(Network_exports.CACHEABLE_STATUS_CODES.has(request.args.data.statusCode) && Network_exports.STATIC_RESOURCE_TYPES.has(
    request.args.data.resourceType || "Other"
    /* Protocol.Network.ResourceType.Other */
  ));
}
__name(isCacheable, "isCacheable");
function computeCacheLifetimeInSeconds(headers, cacheControl) {
  if (cacheControl?.["max-age"] !== void 0) {
    return cacheControl["max-age"];
  }
  const expiresHeaders = headers.find((h) => h.name === "expires")?.value ?? null;
  if (expiresHeaders) {
    const expires = new Date(expiresHeaders).getTime();
    if (!expires) {
      return 0;
    }
    return Math.ceil((expires - Date.now()) / 1e3);
  }
  return null;
}
__name(computeCacheLifetimeInSeconds, "computeCacheLifetimeInSeconds");
function getCacheHitProbability(maxAgeInSeconds) {
  const RESOURCE_AGE_IN_HOURS_DECILES = [0, 0.2, 1, 3, 8, 12, 24, 48, 72, 168, 8760, Infinity];
  const maxAgeInHours = maxAgeInSeconds / 3600;
  const upperDecileIndex = RESOURCE_AGE_IN_HOURS_DECILES.findIndex((decile) => decile >= maxAgeInHours);
  if (upperDecileIndex === RESOURCE_AGE_IN_HOURS_DECILES.length - 1) {
    return 1;
  }
  if (upperDecileIndex === 0) {
    return 0;
  }
  const upperDecileValue = RESOURCE_AGE_IN_HOURS_DECILES[upperDecileIndex];
  const lowerDecileValue = RESOURCE_AGE_IN_HOURS_DECILES[upperDecileIndex - 1];
  const upperDecile = upperDecileIndex / 10;
  const lowerDecile = (upperDecileIndex - 1) / 10;
  return linearInterpolation(lowerDecileValue, lowerDecile, upperDecileValue, upperDecile, maxAgeInHours);
}
__name(getCacheHitProbability, "getCacheHitProbability");
function getCombinedHeaders(responseHeaders) {
  const headers = /* @__PURE__ */ new Map();
  for (const header of responseHeaders) {
    const name = header.name.toLowerCase();
    if (headers.get(name)) {
      headers.set(name, `${headers.get(name)}, ${header.value}`);
    } else {
      headers.set(name, header.value);
    }
  }
  return headers;
}
__name(getCombinedHeaders, "getCombinedHeaders");
function cachingDisabled(headers, parsedCacheControl) {
  const cacheControl = headers?.get("cache-control") ?? null;
  const pragma = headers?.get("pragma") ?? null;
  if (!cacheControl && pragma?.includes("no-cache")) {
    return true;
  }
  if (parsedCacheControl && (parsedCacheControl["must-revalidate"] || parsedCacheControl["no-cache"] || parsedCacheControl["no-store"] || parsedCacheControl["private"])) {
    return true;
  }
  return false;
}
__name(cachingDisabled, "cachingDisabled");
function isCacheInsight(model2) {
  return model2.insightKey === InsightKeys.CACHE;
}
__name(isCacheInsight, "isCacheInsight");
function generateInsight(data31, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const contextRequests = data31.NetworkRequests.byTime.filter(isWithinContext);
  const results = [];
  let totalWastedBytes = 0;
  const wastedBytesByRequestId = /* @__PURE__ */ new Map();
  for (const req of contextRequests) {
    if (!req.args.data.responseHeaders || !isCacheable(req)) {
      continue;
    }
    const headers = getCombinedHeaders(req.args.data.responseHeaders);
    const cacheControl = headers.get("cache-control") ?? null;
    const parsedDirectives = Network_exports.parseCacheControl(cacheControl);
    if (cachingDisabled(headers, parsedDirectives)) {
      continue;
    }
    let ttl = computeCacheLifetimeInSeconds(req.args.data.responseHeaders, parsedDirectives);
    if (ttl !== null && (!Number.isFinite(ttl) || ttl <= 0)) {
      continue;
    }
    ttl = ttl || 0;
    const ttlDays = ttl / 86400;
    if (ttlDays >= 30) {
      continue;
    }
    const cacheHitProbability = getCacheHitProbability(ttl);
    if (cacheHitProbability > IGNORE_THRESHOLD_IN_PERCENT) {
      continue;
    }
    const transferSize = req.args.data.encodedDataLength || 0;
    const wastedBytes = (1 - cacheHitProbability) * transferSize;
    wastedBytesByRequestId.set(req.args.data.requestId, wastedBytes);
    totalWastedBytes += wastedBytes;
    results.push({ request: req, ttl, wastedBytes });
  }
  results.sort((a, b) => {
    return b.request.args.data.decodedBodyLength - a.request.args.data.decodedBodyLength || a.ttl - b.ttl;
  });
  return finalize31({
    relatedEvents: results.map((r) => r.request),
    requests: results,
    metricSavings: metricSavingsForWastedBytes(wastedBytesByRequestId, context),
    wastedBytes: totalWastedBytes
  });
}
__name(generateInsight, "generateInsight");
function createOverlayForRequest(request) {
  return {
    type: "ENTRY_OUTLINE",
    entry: request,
    outlineReason: "ERROR"
  };
}
__name(createOverlayForRequest, "createOverlayForRequest");
function createOverlays(model2) {
  return model2.requests.map((req) => createOverlayForRequest(req.request));
}
__name(createOverlays, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js
var CLSCulprits_exports = {};
__export(CLSCulprits_exports, {
  AnimationFailureReasons: () => AnimationFailureReasons,
  LayoutShiftType: () => LayoutShiftType,
  UIStrings: () => UIStrings2,
  createOverlays: () => createOverlays2,
  generateInsight: () => generateInsight2,
  getNonCompositedFailure: () => getNonCompositedFailure,
  i18nString: () => i18nString2,
  isCLSCulpritsInsight: () => isCLSCulpritsInsight
});
var UIStrings2 = {
  /** Title of an insight that provides details about why elements shift/move on the page. The causes for these shifts are referred to as culprits ("reasons"). */
  title: "Layout shift culprits",
  /**
   * @description Description of a DevTools insight that identifies the reasons that elements shift on the page.
   * This is displayed after a user expands the section to see more. No character length limits.
   */
  description: "Layout shifts occur when elements move absent any user interaction. [Investigate the causes of layout shifts](https://developer.chrome.com/docs/performance/insights/cls-culprit), such as elements being added, removed, or their fonts changing as the page loads.",
  /**
   * @description Text indicating the worst layout shift cluster.
   */
  worstLayoutShiftCluster: "Worst layout shift cluster",
  /**
   * @description Text indicating the worst layout shift cluster.
   */
  worstCluster: "Worst cluster",
  /**
   * @description Text indicating a layout shift cluster and its start time.
   * @example {32 ms} PH1
   */
  layoutShiftCluster: "Layout shift cluster @ {PH1}",
  /**
   * @description Text indicating the biggest reasons for the layout shifts.
   */
  topCulprits: "Top layout shift culprits",
  /**
   * @description Text for a culprit type of Injected iframe.
   */
  injectedIframe: "Injected iframe",
  /**
   * @description Text for a culprit type of web font request.
   */
  webFont: "Web font",
  /**
   * @description Text for a culprit type of Animation.
   */
  animation: "Animation",
  /**
   * @description Text for a culprit type of Unsized image.
   */
  unsizedImage: "Unsized image element",
  /**
   * @description Text status when there were no layout shifts detected.
   */
  noLayoutShifts: "No layout shifts",
  /**
   * @description Text status when there no layout shifts culprits/root causes were found.
   */
  noCulprits: "Could not detect any layout shift culprits"
};
var i18nString2 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var AnimationFailureReasons;
(function(AnimationFailureReasons2) {
  AnimationFailureReasons2["ACCELERATED_ANIMATIONS_DISABLED"] = "ACCELERATED_ANIMATIONS_DISABLED";
  AnimationFailureReasons2["EFFECT_SUPPRESSED_BY_DEVTOOLS"] = "EFFECT_SUPPRESSED_BY_DEVTOOLS";
  AnimationFailureReasons2["INVALID_ANIMATION_OR_EFFECT"] = "INVALID_ANIMATION_OR_EFFECT";
  AnimationFailureReasons2["EFFECT_HAS_UNSUPPORTED_TIMING_PARAMS"] = "EFFECT_HAS_UNSUPPORTED_TIMING_PARAMS";
  AnimationFailureReasons2["EFFECT_HAS_NON_REPLACE_COMPOSITE_MODE"] = "EFFECT_HAS_NON_REPLACE_COMPOSITE_MODE";
  AnimationFailureReasons2["TARGET_HAS_INVALID_COMPOSITING_STATE"] = "TARGET_HAS_INVALID_COMPOSITING_STATE";
  AnimationFailureReasons2["TARGET_HAS_INCOMPATIBLE_ANIMATIONS"] = "TARGET_HAS_INCOMPATIBLE_ANIMATIONS";
  AnimationFailureReasons2["TARGET_HAS_CSS_OFFSET"] = "TARGET_HAS_CSS_OFFSET";
  AnimationFailureReasons2["ANIMATION_AFFECTS_NON_CSS_PROPERTIES"] = "ANIMATION_AFFECTS_NON_CSS_PROPERTIES";
  AnimationFailureReasons2["TRANSFORM_RELATED_PROPERTY_CANNOT_BE_ACCELERATED_ON_TARGET"] = "TRANSFORM_RELATED_PROPERTY_CANNOT_BE_ACCELERATED_ON_TARGET";
  AnimationFailureReasons2["TRANSFROM_BOX_SIZE_DEPENDENT"] = "TRANSFROM_BOX_SIZE_DEPENDENT";
  AnimationFailureReasons2["FILTER_RELATED_PROPERTY_MAY_MOVE_PIXELS"] = "FILTER_RELATED_PROPERTY_MAY_MOVE_PIXELS";
  AnimationFailureReasons2["UNSUPPORTED_CSS_PROPERTY"] = "UNSUPPORTED_CSS_PROPERTY";
  AnimationFailureReasons2["MIXED_KEYFRAME_VALUE_TYPES"] = "MIXED_KEYFRAME_VALUE_TYPES";
  AnimationFailureReasons2["TIMELINE_SOURCE_HAS_INVALID_COMPOSITING_STATE"] = "TIMELINE_SOURCE_HAS_INVALID_COMPOSITING_STATE";
  AnimationFailureReasons2["ANIMATION_HAS_NO_VISIBLE_CHANGE"] = "ANIMATION_HAS_NO_VISIBLE_CHANGE";
  AnimationFailureReasons2["AFFECTS_IMPORTANT_PROPERTY"] = "AFFECTS_IMPORTANT_PROPERTY";
  AnimationFailureReasons2["SVG_TARGET_HAS_INDEPENDENT_TRANSFORM_PROPERTY"] = "SVG_TARGET_HAS_INDEPENDENT_TRANSFORM_PROPERTY";
})(AnimationFailureReasons || (AnimationFailureReasons = {}));
var LayoutShiftType;
(function(LayoutShiftType2) {
  LayoutShiftType2[LayoutShiftType2["WEB_FONT"] = 0] = "WEB_FONT";
  LayoutShiftType2[LayoutShiftType2["IFRAMES"] = 1] = "IFRAMES";
  LayoutShiftType2[LayoutShiftType2["ANIMATIONS"] = 2] = "ANIMATIONS";
  LayoutShiftType2[LayoutShiftType2["UNSIZED_IMAGE"] = 3] = "UNSIZED_IMAGE";
})(LayoutShiftType || (LayoutShiftType = {}));
var ACTIONABLE_FAILURE_REASONS = [
  {
    flag: 1 << 0,
    failure: AnimationFailureReasons.ACCELERATED_ANIMATIONS_DISABLED
  },
  {
    flag: 1 << 1,
    failure: AnimationFailureReasons.EFFECT_SUPPRESSED_BY_DEVTOOLS
  },
  {
    flag: 1 << 2,
    failure: AnimationFailureReasons.INVALID_ANIMATION_OR_EFFECT
  },
  {
    flag: 1 << 3,
    failure: AnimationFailureReasons.EFFECT_HAS_UNSUPPORTED_TIMING_PARAMS
  },
  {
    flag: 1 << 4,
    failure: AnimationFailureReasons.EFFECT_HAS_NON_REPLACE_COMPOSITE_MODE
  },
  {
    flag: 1 << 5,
    failure: AnimationFailureReasons.TARGET_HAS_INVALID_COMPOSITING_STATE
  },
  {
    flag: 1 << 6,
    failure: AnimationFailureReasons.TARGET_HAS_INCOMPATIBLE_ANIMATIONS
  },
  {
    flag: 1 << 7,
    failure: AnimationFailureReasons.TARGET_HAS_CSS_OFFSET
  },
  // The failure 1 << 8 is marked as obsolete in Blink
  {
    flag: 1 << 9,
    failure: AnimationFailureReasons.ANIMATION_AFFECTS_NON_CSS_PROPERTIES
  },
  {
    flag: 1 << 10,
    failure: AnimationFailureReasons.TRANSFORM_RELATED_PROPERTY_CANNOT_BE_ACCELERATED_ON_TARGET
  },
  {
    flag: 1 << 11,
    failure: AnimationFailureReasons.TRANSFROM_BOX_SIZE_DEPENDENT
  },
  {
    flag: 1 << 12,
    failure: AnimationFailureReasons.FILTER_RELATED_PROPERTY_MAY_MOVE_PIXELS
  },
  {
    flag: 1 << 13,
    failure: AnimationFailureReasons.UNSUPPORTED_CSS_PROPERTY
  },
  // The failure 1 << 14 is marked as obsolete in Blink
  {
    flag: 1 << 15,
    failure: AnimationFailureReasons.MIXED_KEYFRAME_VALUE_TYPES
  },
  {
    flag: 1 << 16,
    failure: AnimationFailureReasons.TIMELINE_SOURCE_HAS_INVALID_COMPOSITING_STATE
  },
  {
    flag: 1 << 17,
    failure: AnimationFailureReasons.ANIMATION_HAS_NO_VISIBLE_CHANGE
  },
  {
    flag: 1 << 18,
    failure: AnimationFailureReasons.AFFECTS_IMPORTANT_PROPERTY
  },
  {
    flag: 1 << 19,
    failure: AnimationFailureReasons.SVG_TARGET_HAS_INDEPENDENT_TRANSFORM_PROPERTY
  }
];
var ROOT_CAUSE_WINDOW = Timing_exports3.secondsToMicro(Timing_exports.Seconds(0.5));
function isInRootCauseWindow(event, targetEvent) {
  const eventEnd = event.dur ? event.ts + event.dur : event.ts;
  return eventEnd < targetEvent.ts && eventEnd >= targetEvent.ts - ROOT_CAUSE_WINDOW;
}
__name(isInRootCauseWindow, "isInRootCauseWindow");
function getNonCompositedFailure(animationEvent) {
  const failures = [];
  const beginEvent = animationEvent.args.data.beginEvent;
  const instantEvents = animationEvent.args.data.instantEvents || [];
  for (const event of instantEvents) {
    const failureMask = event.args.data.compositeFailed;
    const unsupportedProperties = event.args.data.unsupportedProperties;
    if (!failureMask) {
      continue;
    }
    const failureReasons = ACTIONABLE_FAILURE_REASONS.filter((reason) => failureMask & reason.flag).map((reason) => reason.failure);
    const failure = {
      name: beginEvent.args.data.displayName,
      failureReasons,
      unsupportedProperties,
      animation: animationEvent
    };
    failures.push(failure);
  }
  return failures;
}
__name(getNonCompositedFailure, "getNonCompositedFailure");
function getNonCompositedFailureRootCauses(animationEvents, prePaintEvents2, shiftsByPrePaint, rootCausesByShift) {
  const allAnimationFailures = [];
  for (const animation of animationEvents) {
    const failures = getNonCompositedFailure(animation);
    if (!failures) {
      continue;
    }
    allAnimationFailures.push(...failures);
    const nextPrePaint = getNextEvent(prePaintEvents2, animation);
    if (!nextPrePaint) {
      continue;
    }
    if (!isInRootCauseWindow(animation, nextPrePaint)) {
      continue;
    }
    const shifts = shiftsByPrePaint.get(nextPrePaint);
    if (!shifts) {
      continue;
    }
    for (const shift of shifts) {
      const rootCausesForShift = rootCausesByShift.get(shift);
      if (!rootCausesForShift) {
        throw new Error("Unaccounted shift");
      }
      rootCausesForShift.nonCompositedAnimations.push(...failures);
    }
  }
  return allAnimationFailures;
}
__name(getNonCompositedFailureRootCauses, "getNonCompositedFailureRootCauses");
function getShiftsByPrePaintEvents(layoutShifts, prePaintEvents2) {
  const shiftsByPrePaint = /* @__PURE__ */ new Map();
  for (const prePaintEvent of prePaintEvents2) {
    const firstShiftIndex = ArrayUtilities_exports.nearestIndexFromBeginning(layoutShifts, (shift) => shift.ts >= prePaintEvent.ts);
    if (firstShiftIndex === null) {
      continue;
    }
    for (let i = firstShiftIndex; i < layoutShifts.length; i++) {
      const shift = layoutShifts[i];
      if (shift.ts >= prePaintEvent.ts && shift.ts <= prePaintEvent.ts + prePaintEvent.dur) {
        const shiftsInPrePaint = MapUtilities_exports.getWithDefault(shiftsByPrePaint, prePaintEvent, () => []);
        shiftsInPrePaint.push(shift);
      }
      if (shift.ts > prePaintEvent.ts + prePaintEvent.dur) {
        break;
      }
    }
  }
  return shiftsByPrePaint;
}
__name(getShiftsByPrePaintEvents, "getShiftsByPrePaintEvents");
function getNextEvent(sourceEvents, targetEvent) {
  const index = ArrayUtilities_exports.nearestIndexFromBeginning(sourceEvents, (source) => source.ts > targetEvent.ts + (targetEvent.dur || 0));
  if (index === null) {
    return void 0;
  }
  return sourceEvents[index];
}
__name(getNextEvent, "getNextEvent");
function getIframeRootCauses(data31, iframeCreatedEvents, prePaintEvents2, shiftsByPrePaint, rootCausesByShift, domLoadingEvents2) {
  for (const iframeEvent of iframeCreatedEvents) {
    const nextPrePaint = getNextEvent(prePaintEvents2, iframeEvent);
    if (!nextPrePaint) {
      continue;
    }
    const shifts = shiftsByPrePaint.get(nextPrePaint);
    if (!shifts) {
      continue;
    }
    for (const shift of shifts) {
      const rootCausesForShift = rootCausesByShift.get(shift);
      if (!rootCausesForShift) {
        throw new Error("Unaccounted shift");
      }
      const domEvent = domLoadingEvents2.find((e) => {
        const maxIframe = Timing_exports.Micro(iframeEvent.ts + (iframeEvent.dur ?? 0));
        return e.ts >= iframeEvent.ts && e.ts <= maxIframe;
      });
      if (domEvent?.args.frame) {
        const frame = domEvent.args.frame;
        let url;
        const processes2 = data31.Meta.rendererProcessesByFrame.get(frame);
        if (processes2 && processes2.size > 0) {
          url = [...processes2.values()][0]?.[0].frame.url;
        }
        rootCausesForShift.iframes.push({ frame, url });
      }
    }
  }
  return rootCausesByShift;
}
__name(getIframeRootCauses, "getIframeRootCauses");
function getUnsizedImageRootCauses(unsizedImageEvents, paintImageEvents3, shiftsByPrePaint, rootCausesByShift) {
  shiftsByPrePaint.forEach((shifts, prePaint) => {
    const paintImage = getNextEvent(paintImageEvents3, prePaint);
    if (!paintImage) {
      return;
    }
    const matchingNode = unsizedImageEvents.find((unsizedImage) => unsizedImage.args.data.nodeId === paintImage.args.data.nodeId);
    if (!matchingNode) {
      return;
    }
    for (const shift of shifts) {
      const rootCausesForShift = rootCausesByShift.get(shift);
      if (!rootCausesForShift) {
        throw new Error("Unaccounted shift");
      }
      rootCausesForShift.unsizedImages.push({
        backendNodeId: matchingNode.args.data.nodeId,
        paintImageEvent: paintImage
      });
    }
  });
  return rootCausesByShift;
}
__name(getUnsizedImageRootCauses, "getUnsizedImageRootCauses");
function isCLSCulpritsInsight(insight) {
  return insight.insightKey === InsightKeys.CLS_CULPRITS;
}
__name(isCLSCulpritsInsight, "isCLSCulpritsInsight");
function getFontRootCauses(networkRequests, prePaintEvents2, shiftsByPrePaint, rootCausesByShift) {
  const fontRequests = networkRequests.filter((req) => req.args.data.resourceType === "Font" && req.args.data.mimeType.startsWith("font"));
  for (const req of fontRequests) {
    const nextPrePaint = getNextEvent(prePaintEvents2, req);
    if (!nextPrePaint) {
      continue;
    }
    if (!isInRootCauseWindow(req, nextPrePaint)) {
      continue;
    }
    const shifts = shiftsByPrePaint.get(nextPrePaint);
    if (!shifts) {
      continue;
    }
    for (const shift of shifts) {
      const rootCausesForShift = rootCausesByShift.get(shift);
      if (!rootCausesForShift) {
        throw new Error("Unaccounted shift");
      }
      rootCausesForShift.webFonts.push(req);
    }
  }
  return rootCausesByShift;
}
__name(getFontRootCauses, "getFontRootCauses");
function getTopCulprits(cluster, culpritsByShift) {
  const MAX_TOP_CULPRITS = 3;
  const causes = [];
  const shifts = cluster.events;
  for (const shift of shifts) {
    const culprits = culpritsByShift.get(shift);
    if (!culprits) {
      continue;
    }
    const fontReq = culprits.webFonts;
    const iframes = culprits.iframes;
    const animations2 = culprits.nonCompositedAnimations;
    const unsizedImages = culprits.unsizedImages;
    for (let i = 0; i < fontReq.length && causes.length < MAX_TOP_CULPRITS; i++) {
      causes.push({ type: LayoutShiftType.WEB_FONT, description: i18nString2(UIStrings2.webFont) });
    }
    for (let i = 0; i < iframes.length && causes.length < MAX_TOP_CULPRITS; i++) {
      causes.push({ type: LayoutShiftType.IFRAMES, description: i18nString2(UIStrings2.injectedIframe) });
    }
    for (let i = 0; i < animations2.length && causes.length < MAX_TOP_CULPRITS; i++) {
      causes.push({ type: LayoutShiftType.ANIMATIONS, description: i18nString2(UIStrings2.animation) });
    }
    for (let i = 0; i < unsizedImages.length && causes.length < MAX_TOP_CULPRITS; i++) {
      causes.push({
        type: LayoutShiftType.UNSIZED_IMAGE,
        description: i18nString2(UIStrings2.unsizedImage),
        url: unsizedImages[i].paintImageEvent.args.data.url || "",
        backendNodeId: unsizedImages[i].backendNodeId,
        frame: unsizedImages[i].paintImageEvent.args.data.frame || ""
      });
    }
    if (causes.length >= MAX_TOP_CULPRITS) {
      break;
    }
  }
  return causes.slice(0, MAX_TOP_CULPRITS);
}
__name(getTopCulprits, "getTopCulprits");
function finalize32(partialModel) {
  let state = "pass";
  if (partialModel.worstCluster) {
    const classification = ModelHandlers_exports.LayoutShifts.scoreClassificationForLayoutShift(partialModel.worstCluster.clusterCumulativeScore);
    if (classification === ModelHandlers_exports.PageLoadMetrics.ScoreClassification.GOOD) {
      state = "informative";
    } else {
      state = "fail";
    }
  }
  return {
    insightKey: InsightKeys.CLS_CULPRITS,
    strings: UIStrings2,
    title: i18nString2(UIStrings2.title),
    description: i18nString2(UIStrings2.description),
    docs: "https://developer.chrome.com/docs/performance/insights/cls-culprit",
    category: InsightCategory.CLS,
    state,
    ...partialModel
  };
}
__name(finalize32, "finalize");
function generateInsight2(data31, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const compositeAnimationEvents = data31.Animations.animations.filter(isWithinContext);
  const iframeEvents = data31.LayoutShifts.renderFrameImplCreateChildFrameEvents.filter(isWithinContext);
  const networkRequests = data31.NetworkRequests.byTime.filter(isWithinContext);
  const domLoadingEvents2 = data31.LayoutShifts.domLoadingEvents.filter(isWithinContext);
  const unsizedImageEvents = data31.LayoutShifts.layoutImageUnsizedEvents.filter(isWithinContext);
  const clusterKey = context.navigation ? context.navigationId : TraceEvents_exports.NO_NAVIGATION;
  const clusters2 = data31.LayoutShifts.clustersByNavigationId.get(clusterKey) ?? [];
  const clustersByScore = [...clusters2].sort((a, b) => b.clusterCumulativeScore - a.clusterCumulativeScore);
  const worstCluster = clustersByScore.at(0);
  const layoutShifts = clusters2.flatMap((cluster) => cluster.events);
  const prePaintEvents2 = data31.LayoutShifts.prePaintEvents.filter(isWithinContext);
  const paintImageEvents3 = data31.LayoutShifts.paintImageEvents.filter(isWithinContext);
  const rootCausesByShift = /* @__PURE__ */ new Map();
  const shiftsByPrePaint = getShiftsByPrePaintEvents(layoutShifts, prePaintEvents2);
  for (const shift of layoutShifts) {
    rootCausesByShift.set(shift, { iframes: [], webFonts: [], nonCompositedAnimations: [], unsizedImages: [] });
  }
  getIframeRootCauses(data31, iframeEvents, prePaintEvents2, shiftsByPrePaint, rootCausesByShift, domLoadingEvents2);
  getFontRootCauses(networkRequests, prePaintEvents2, shiftsByPrePaint, rootCausesByShift);
  getUnsizedImageRootCauses(unsizedImageEvents, paintImageEvents3, shiftsByPrePaint, rootCausesByShift);
  const animationFailures = getNonCompositedFailureRootCauses(compositeAnimationEvents, prePaintEvents2, shiftsByPrePaint, rootCausesByShift);
  const relatedEvents = [...layoutShifts];
  if (worstCluster) {
    relatedEvents.push(worstCluster);
  }
  const topCulpritsByCluster = /* @__PURE__ */ new Map();
  for (const cluster of clusters2) {
    topCulpritsByCluster.set(cluster, getTopCulprits(cluster, rootCausesByShift));
  }
  return finalize32({
    relatedEvents,
    animationFailures,
    shifts: rootCausesByShift,
    clusters: clusters2,
    worstCluster,
    topCulpritsByCluster
  });
}
__name(generateInsight2, "generateInsight");
function createOverlays2(model2) {
  const clustersByScore = model2.clusters.toSorted((a, b) => b.clusterCumulativeScore - a.clusterCumulativeScore) ?? [];
  const worstCluster = clustersByScore[0];
  if (!worstCluster) {
    return [];
  }
  const range = Timing_exports.Micro(worstCluster.dur ?? 0);
  const max = Timing_exports.Micro(worstCluster.ts + range);
  return [{
    type: "TIMESPAN_BREAKDOWN",
    sections: [
      {
        bounds: { min: worstCluster.ts, range, max },
        label: i18nString2(UIStrings2.worstLayoutShiftCluster),
        showDuration: false
      }
    ],
    // This allows for the overlay to sit over the layout shift.
    entry: worstCluster.events[0],
    renderLocation: "ABOVE_EVENT"
  }];
}
__name(createOverlays2, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js
var DocumentLatency_exports = {};
__export(DocumentLatency_exports, {
  UIStrings: () => UIStrings3,
  createOverlays: () => createOverlays3,
  generateInsight: () => generateInsight3,
  i18nString: () => i18nString3,
  isDocumentLatencyInsight: () => isDocumentLatencyInsight
});
var UIStrings3 = {
  /**
   * @description Title of an insight that provides a breakdown for how long it took to download the main document.
   */
  title: "Document request latency",
  /**
   * @description Description of an insight that provides a breakdown for how long it took to download the main document.
   */
  description: "Your first network request is the most important. [Reduce its latency](https://developer.chrome.com/docs/performance/insights/document-latency) by avoiding redirects, ensuring a fast server response, and enabling text compression.",
  /**
   * @description Text to tell the user that the document request does not have redirects.
   */
  passingRedirects: "Avoids redirects",
  /**
   * @description Text to tell the user that the document request had redirects.
   * @example {3} PH1
   * @example {1000 ms} PH2
   */
  failedRedirects: "Had redirects ({PH1} redirects, +{PH2})",
  /**
   * @description Text to tell the user that the time starting the document request to when the server started responding is acceptable.
   * @example {600 ms} PH1
   */
  passingServerResponseTime: "Server responds quickly (observed {PH1})",
  /**
   * @description Text to tell the user that the time starting the document request to when the server started responding is not acceptable.
   * @example {601 ms} PH1
   */
  failedServerResponseTime: "Server responded slowly (observed {PH1})",
  /**
   * @description Text to tell the user that text compression (like gzip) was applied.
   */
  passingTextCompression: "Applies text compression",
  /**
   * @description Text to tell the user that text compression (like gzip) was not applied.
   */
  failedTextCompression: "No compression applied",
  /**
   * @description Text for a label describing a network request event as having redirects.
   */
  redirectsLabel: "Redirects",
  /**
   * @description Text for a label describing a network request event as taking too long to start delivery by the server.
   */
  serverResponseTimeLabel: "Server response time",
  /**
   * @description Text for a label describing a network request event as taking longer to download because it wasn't compressed.
   */
  uncompressedDownload: "Uncompressed download"
};
var i18nString3 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var TOO_SLOW_THRESHOLD_MS = 600;
var TARGET_MS = 100;
var IGNORE_THRESHOLD_IN_BYTES = 1400;
function isDocumentLatencyInsight(x) {
  return x.insightKey === "DocumentLatency";
}
__name(isDocumentLatencyInsight, "isDocumentLatencyInsight");
function getServerResponseTime(request) {
  const isLightrider = globalThis.isLightrider;
  if (isLightrider) {
    return request.args.data.lrServerResponseTime ?? null;
  }
  const timing = request.args.data.timing;
  if (!timing) {
    return null;
  }
  const ms = Timing_exports3.microToMilli(request.args.data.syntheticData.serverResponseTime);
  return Math.round(ms);
}
__name(getServerResponseTime, "getServerResponseTime");
function getCompressionSavings(request) {
  const isCompressed = isRequestCompressed(request);
  if (isCompressed) {
    return 0;
  }
  const originalSize = request.args.data.decodedBodyLength;
  let estimatedSavings = 0;
  switch (request.args.data.mimeType) {
    case "text/css":
      estimatedSavings = Math.round(originalSize * 0.8);
      break;
    case "text/html":
    case "text/javascript":
      estimatedSavings = Math.round(originalSize * 0.67);
      break;
    case "text/plain":
    case "text/xml":
    case "text/x-component":
    case "application/javascript":
    case "application/json":
    case "application/manifest+json":
    case "application/vnd.api+json":
    case "application/xml":
    case "application/xhtml+xml":
    case "application/rss+xml":
    case "application/atom+xml":
    case "application/vnd.ms-fontobject":
    case "application/x-font-ttf":
    case "application/x-font-opentype":
    case "application/x-font-truetype":
    case "image/svg+xml":
    case "image/x-icon":
    case "image/vnd.microsoft.icon":
    case "font/ttf":
    case "font/eot":
    case "font/otf":
    case "font/opentype":
      estimatedSavings = Math.round(originalSize * 0.5);
      break;
    default:
  }
  return estimatedSavings < IGNORE_THRESHOLD_IN_BYTES ? 0 : estimatedSavings;
}
__name(getCompressionSavings, "getCompressionSavings");
function finalize33(partialModel) {
  let hasFailure = false;
  if (partialModel.data) {
    hasFailure = !partialModel.data.checklist.usesCompression.value || !partialModel.data.checklist.serverResponseIsFast.value || !partialModel.data.checklist.noRedirects.value;
  }
  return {
    insightKey: InsightKeys.DOCUMENT_LATENCY,
    strings: UIStrings3,
    title: i18nString3(UIStrings3.title),
    description: i18nString3(UIStrings3.description),
    docs: "https://developer.chrome.com/docs/performance/insights/document-latency",
    category: InsightCategory.ALL,
    state: hasFailure ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize33, "finalize");
function generateInsight3(data31, context) {
  if (!context.navigation) {
    return finalize33({});
  }
  const millisToString = context.options.insightTimeFormatters?.milli ?? ((bytes) => ({ __i18nMillis: bytes }));
  const documentRequest = data31.NetworkRequests.byId.get(context.navigationId);
  if (!documentRequest) {
    return finalize33({ warnings: [InsightWarning.NO_DOCUMENT_REQUEST] });
  }
  const serverResponseTime = getServerResponseTime(documentRequest);
  if (serverResponseTime === null) {
    throw new Error("missing document request timing");
  }
  const serverResponseTooSlow = serverResponseTime > TOO_SLOW_THRESHOLD_MS;
  let overallSavingsMs = 0;
  if (serverResponseTime > TOO_SLOW_THRESHOLD_MS) {
    overallSavingsMs = Math.max(serverResponseTime - TARGET_MS, 0);
  }
  const redirectDuration = Math.round(documentRequest.args.data.syntheticData.redirectionDuration / 1e3);
  overallSavingsMs += redirectDuration;
  const metricSavings = {
    FCP: overallSavingsMs,
    LCP: overallSavingsMs
  };
  const uncompressedResponseBytes = getCompressionSavings(documentRequest);
  const noRedirects = redirectDuration === 0;
  const serverResponseIsFast = !serverResponseTooSlow;
  const usesCompression = uncompressedResponseBytes === 0;
  return finalize33({
    relatedEvents: [documentRequest],
    data: {
      serverResponseTime,
      redirectDuration: Timing_exports.Milli(redirectDuration),
      uncompressedResponseBytes,
      documentRequest,
      checklist: {
        noRedirects: {
          label: noRedirects ? i18nString3(UIStrings3.passingRedirects) : i18nString3(UIStrings3.failedRedirects, {
            PH1: documentRequest.args.data.redirects.length,
            PH2: millisToString(redirectDuration)
          }),
          value: noRedirects
        },
        serverResponseIsFast: {
          label: serverResponseIsFast ? i18nString3(UIStrings3.passingServerResponseTime, { PH1: millisToString(serverResponseTime) }) : i18nString3(UIStrings3.failedServerResponseTime, { PH1: millisToString(serverResponseTime) }),
          value: serverResponseIsFast
        },
        usesCompression: {
          label: usesCompression ? i18nString3(UIStrings3.passingTextCompression) : i18nString3(UIStrings3.failedTextCompression),
          value: usesCompression
        }
      }
    },
    metricSavings,
    wastedBytes: uncompressedResponseBytes
  });
}
__name(generateInsight3, "generateInsight");
function createOverlays3(model2) {
  if (!model2.data?.documentRequest) {
    return [];
  }
  const overlays = [];
  const event = model2.data.documentRequest;
  const redirectDurationMicro = Timing_exports3.milliToMicro(model2.data.redirectDuration);
  const sections = [];
  if (model2.data.redirectDuration) {
    const bounds = Timing_exports3.traceWindowFromMicroSeconds(event.ts, event.ts + redirectDurationMicro);
    sections.push({ bounds, label: i18nString3(UIStrings3.redirectsLabel), showDuration: true });
    overlays.push({ type: "CANDY_STRIPED_TIME_RANGE", bounds, entry: event });
  }
  if (!model2.data.checklist.serverResponseIsFast.value) {
    const serverResponseTimeMicro = Timing_exports3.milliToMicro(model2.data.serverResponseTime);
    const sendEnd = event.args.data.timing?.sendEnd ?? Timing_exports.Milli(0);
    const sendEndMicro = Timing_exports3.milliToMicro(sendEnd);
    const bounds = Timing_exports3.traceWindowFromMicroSeconds(sendEndMicro, sendEndMicro + serverResponseTimeMicro);
    sections.push({ bounds, label: i18nString3(UIStrings3.serverResponseTimeLabel), showDuration: true });
  }
  if (model2.data.uncompressedResponseBytes) {
    const bounds = Timing_exports3.traceWindowFromMicroSeconds(event.args.data.syntheticData.downloadStart, event.args.data.syntheticData.downloadStart + event.args.data.syntheticData.download);
    sections.push({ bounds, label: i18nString3(UIStrings3.uncompressedDownload), showDuration: true });
    overlays.push({ type: "CANDY_STRIPED_TIME_RANGE", bounds, entry: event });
  }
  if (sections.length) {
    overlays.push({
      type: "TIMESPAN_BREAKDOWN",
      sections,
      entry: model2.data.documentRequest,
      // Always render below because the document request is guaranteed to be
      // the first request in the network track.
      renderLocation: "BELOW_EVENT"
    });
  }
  overlays.push({
    type: "ENTRY_SELECTED",
    entry: model2.data.documentRequest
  });
  return overlays;
}
__name(createOverlays3, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js
var DOMSize_exports = {};
__export(DOMSize_exports, {
  UIStrings: () => UIStrings4,
  createOverlays: () => createOverlays4,
  generateInsight: () => generateInsight4,
  i18nString: () => i18nString4,
  isDomSizeInsight: () => isDomSizeInsight
});
var UIStrings4 = {
  /**
   * @description Title of an insight that recommends reducing the size of the DOM tree as a means to improve page responsiveness. "DOM" is an acronym and should not be translated.
   */
  title: "Optimize DOM size",
  /**
   * @description Description of an insight that recommends reducing the size of the DOM tree as a means to improve page responsiveness. "DOM" is an acronym and should not be translated. "layout reflows" are when the browser will recompute the layout of content on the page.
   */
  description: "A large DOM can increase the duration of style calculations and layout reflows, impacting page responsiveness. A large DOM will also increase memory usage. [Learn how to avoid an excessive DOM size](https://developer.chrome.com/docs/performance/insights/dom-size).",
  /**
   * @description Header for a column containing the names of statistics as opposed to the actual statistic values.
   */
  statistic: "Statistic",
  /**
   * @description Header for a column containing the value of a statistic.
   */
  value: "Value",
  /**
   * @description Header for a column containing the page element related to a statistic.
   */
  element: "Element",
  /**
   * @description Label for a value representing the total number of elements on the page.
   */
  totalElements: "Total elements",
  /**
   * @description Label for a value representing the maximum depth of the Document Object Model (DOM). "DOM" is a acronym and should not be translated.
   */
  maxDOMDepth: "DOM depth",
  /**
   * @description Label for a value representing the maximum number of child elements of any parent element on the page.
   */
  maxChildren: "Most children",
  /**
   * @description Text for a section.
   */
  topUpdatesDescription: "These are the largest layout and style recalculation events. Their performance impact may be reduced by making the DOM simpler.",
  /**
   * @description Label used for a time duration.
   */
  duration: "Duration",
  /**
   * @description Message displayed in a table detailing how big a layout (rendering) is.
   * @example {134} PH1
   */
  largeLayout: "Layout ({PH1} objects)",
  /**
   * @description Message displayed in a table detailing how big a style recalculation (rendering) is.
   * @example {134} PH1
   */
  largeStyleRecalc: "Style recalculation ({PH1} elements)"
};
var i18nString4 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var DOM_SIZE_DURATION_THRESHOLD = Timing_exports3.milliToMicro(Timing_exports.Milli(40));
var LAYOUT_OBJECTS_THRESHOLD = 100;
var STYLE_RECALC_ELEMENTS_THRESHOLD = 300;
function finalize34(partialModel) {
  const relatedEvents = [...partialModel.largeLayoutUpdates, ...partialModel.largeStyleRecalcs];
  return {
    insightKey: InsightKeys.DOM_SIZE,
    strings: UIStrings4,
    title: i18nString4(UIStrings4.title),
    description: i18nString4(UIStrings4.description),
    docs: "https://developer.chrome.com/docs/performance/insights/dom-size",
    category: InsightCategory.INP,
    state: relatedEvents.length > 0 ? "informative" : "pass",
    ...partialModel,
    relatedEvents
  };
}
__name(finalize34, "finalize");
function isDomSizeInsight(model2) {
  return model2.insightKey === InsightKeys.DOM_SIZE;
}
__name(isDomSizeInsight, "isDomSizeInsight");
function generateInsight4(data31, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const mainTid = context.navigation?.tid;
  const largeLayoutUpdates = [];
  const largeStyleRecalcs = [];
  const threads = Threads_exports.threadsInRenderer(data31.Renderer, data31.AuctionWorklets);
  for (const thread of threads) {
    if (thread.type !== Threads_exports.ThreadType.MAIN_THREAD) {
      continue;
    }
    if (mainTid === void 0) {
      if (!thread.processIsOnMainFrame) {
        continue;
      }
    } else if (thread.tid !== mainTid) {
      continue;
    }
    const rendererThread = data31.Renderer.processes.get(thread.pid)?.threads.get(thread.tid);
    if (!rendererThread) {
      continue;
    }
    const { entries, layoutEvents, recalcStyleEvents } = rendererThread;
    if (!entries.length) {
      continue;
    }
    const first = entries[0];
    const last = entries[entries.length - 1];
    const timeRange = Timing_exports3.traceWindowFromMicroSeconds(first.ts, Timing_exports.Micro(last.ts + (last.dur ?? 0)));
    if (!Timing_exports3.boundsIncludeTimeRange({ timeRange, bounds: context.bounds })) {
      continue;
    }
    for (const event of layoutEvents) {
      if (event.dur < DOM_SIZE_DURATION_THRESHOLD || !isWithinContext(event)) {
        continue;
      }
      const { dirtyObjects } = event.args.beginData;
      if (dirtyObjects > LAYOUT_OBJECTS_THRESHOLD) {
        largeLayoutUpdates.push(event);
      }
    }
    for (const event of recalcStyleEvents) {
      if (event.dur < DOM_SIZE_DURATION_THRESHOLD || !isWithinContext(event)) {
        continue;
      }
      const { elementCount } = event.args;
      if (elementCount > STYLE_RECALC_ELEMENTS_THRESHOLD) {
        largeStyleRecalcs.push(event);
      }
    }
  }
  const largeUpdates = [
    ...largeLayoutUpdates.map((event) => {
      const duration = event.dur / 1e3;
      const size = event.args.beginData.dirtyObjects;
      const label = i18nString4(UIStrings4.largeLayout, { PH1: size });
      return { label, duration, size, event };
    }),
    ...largeStyleRecalcs.map((event) => {
      const duration = event.dur / 1e3;
      const size = event.args.elementCount;
      const label = i18nString4(UIStrings4.largeStyleRecalc, { PH1: size });
      return { label, duration, size, event };
    })
  ].sort((a, b) => b.duration - a.duration).slice(0, 5);
  const domStatsEvents = data31.DOMStats.domStatsByFrameId.get(context.frameId)?.filter(isWithinContext) ?? [];
  let maxDOMStats;
  for (const domStats of domStatsEvents) {
    const navigationPid = context.navigation?.pid;
    if (navigationPid && domStats.pid !== navigationPid) {
      continue;
    }
    if (!maxDOMStats || domStats.args.data.totalElements > maxDOMStats.args.data.totalElements) {
      maxDOMStats = domStats;
    }
  }
  return finalize34({
    largeLayoutUpdates,
    largeStyleRecalcs,
    largeUpdates,
    maxDOMStats
  });
}
__name(generateInsight4, "generateInsight");
function createOverlays4(model2) {
  const entries = [...model2.largeStyleRecalcs, ...model2.largeLayoutUpdates];
  return entries.map((entry) => ({
    type: "ENTRY_OUTLINE",
    entry,
    outlineReason: "ERROR"
  }));
}
__name(createOverlays4, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js
var DuplicatedJavaScript_exports = {};
__export(DuplicatedJavaScript_exports, {
  UIStrings: () => UIStrings5,
  createOverlays: () => createOverlays5,
  generateInsight: () => generateInsight5,
  i18nString: () => i18nString5,
  isDuplicatedJavaScriptInsight: () => isDuplicatedJavaScriptInsight
});

// node_modules/@paulirish/trace_engine/models/trace/extras/Initiators.js
var Initiators_exports = {};
__export(Initiators_exports, {
  getNetworkInitiator: () => getNetworkInitiator
});

// node_modules/@paulirish/trace_engine/models/trace/extras/StackTraceForEvent.js
var StackTraceForEvent_exports = {};
__export(StackTraceForEvent_exports, {
  clearCacheForTrace: () => clearCacheForTrace,
  get: () => get,
  stackTraceForEventInTrace: () => stackTraceForEventInTrace
});
var stackTraceForEventInTrace = /* @__PURE__ */ new Map();
function clearCacheForTrace(data31) {
  stackTraceForEventInTrace.delete(data31);
}
__name(clearCacheForTrace, "clearCacheForTrace");
function get(event, data31) {
  let cacheForTrace = stackTraceForEventInTrace.get(data31);
  if (!cacheForTrace) {
    cacheForTrace = /* @__PURE__ */ new Map();
    stackTraceForEventInTrace.set(data31, cacheForTrace);
  }
  const resultFromCache = cacheForTrace.get(event);
  if (resultFromCache) {
    return resultFromCache;
  }
  let result = null;
  if (Extensions_exports.isSyntheticExtensionEntry(event)) {
    result = getForExtensionEntry(event, data31);
  } else if (TraceEvents_exports.isPerformanceMeasureBegin(event)) {
    result = getForPerformanceMeasure(event, data31);
  } else {
    result = getForEvent(event, data31);
    const payloadCallFrames = getTraceEventPayloadStackAsProtocolCallFrame(event).filter((callFrame) => !isNativeJSFunction(callFrame));
    if (!result.callFrames.length) {
      result.callFrames = payloadCallFrames;
    } else {
      for (let i = 0; i < payloadCallFrames.length && i < result.callFrames.length; i++) {
        result.callFrames[i] = payloadCallFrames[i];
      }
    }
  }
  if (result) {
    cacheForTrace.set(event, result);
  }
  return result;
}
__name(get, "get");
function getForEvent(event, data31) {
  const entryToNode4 = data31.Renderer.entryToNode.size > 0 ? data31.Renderer.entryToNode : data31.Samples.entryToNode;
  const topStackTrace = { callFrames: [] };
  let stackTrace = topStackTrace;
  let currentEntry;
  let node = entryToNode4.get(event);
  const traceCache = stackTraceForEventInTrace.get(data31) || /* @__PURE__ */ new Map();
  stackTraceForEventInTrace.set(data31, traceCache);
  while (node) {
    if (!TraceEvents_exports.isProfileCall(node.entry)) {
      const maybeAsyncParent = data31.AsyncJSCalls.runEntryPointToScheduler.get(node.entry);
      if (!maybeAsyncParent) {
        node = node.parent;
        continue;
      }
      const maybeAsyncParentNode2 = maybeAsyncParent && entryToNode4.get(maybeAsyncParent.scheduler);
      if (maybeAsyncParentNode2) {
        stackTrace = addAsyncParentToStack(stackTrace, maybeAsyncParent.taskName);
        node = maybeAsyncParentNode2;
      }
      continue;
    }
    currentEntry = node.entry;
    const stackTraceFromCache = traceCache.get(node.entry);
    if (stackTraceFromCache) {
      stackTrace.callFrames.push(...stackTraceFromCache.callFrames.filter((callFrame) => !isNativeJSFunction(callFrame)));
      stackTrace.parent = stackTraceFromCache.parent;
      stackTrace.description = stackTrace.description || stackTraceFromCache.description;
      break;
    }
    if (!isNativeJSFunction(currentEntry.callFrame)) {
      stackTrace.callFrames.push(currentEntry.callFrame);
    }
    const maybeAsyncParentEvent = data31.AsyncJSCalls.asyncCallToScheduler.get(currentEntry);
    const maybeAsyncParentNode = maybeAsyncParentEvent && entryToNode4.get(maybeAsyncParentEvent.scheduler);
    if (maybeAsyncParentNode) {
      stackTrace = addAsyncParentToStack(stackTrace, maybeAsyncParentEvent.taskName);
      node = maybeAsyncParentNode;
      continue;
    }
    node = node.parent;
  }
  return topStackTrace;
}
__name(getForEvent, "getForEvent");
function addAsyncParentToStack(stackTrace, taskName) {
  const parent = { callFrames: [] };
  stackTrace.parent = parent;
  parent.description = taskName;
  return parent;
}
__name(addAsyncParentToStack, "addAsyncParentToStack");
function getForExtensionEntry(event, data31) {
  const rawEvent = event.rawSourceEvent;
  if (TraceEvents_exports.isPerformanceMeasureBegin(rawEvent)) {
    return getForPerformanceMeasure(rawEvent, data31);
  }
  if (!rawEvent) {
    return null;
  }
  return get(rawEvent, data31);
}
__name(getForExtensionEntry, "getForExtensionEntry");
function getForPerformanceMeasure(event, data31) {
  let rawEvent = event;
  if (event.args.traceId === void 0) {
    return null;
  }
  rawEvent = data31.UserTimings.measureTraceByTraceId.get(event.args.traceId);
  if (!rawEvent) {
    return null;
  }
  return get(rawEvent, data31);
}
__name(getForPerformanceMeasure, "getForPerformanceMeasure");
function isNativeJSFunction({ columnNumber, lineNumber, url, scriptId }) {
  return lineNumber === -1 && columnNumber === -1 && url === "" && scriptId === "0";
}
__name(isNativeJSFunction, "isNativeJSFunction");
function getTraceEventPayloadStackAsProtocolCallFrame(event) {
  const payloadCallStack = Trace_exports.getZeroIndexedStackTraceInEventPayload(event) || [];
  const callFrames = [];
  for (const frame of payloadCallStack) {
    callFrames.push({ ...frame, scriptId: String(frame.scriptId) });
  }
  return callFrames;
}
__name(getTraceEventPayloadStackAsProtocolCallFrame, "getTraceEventPayloadStackAsProtocolCallFrame");

// node_modules/@paulirish/trace_engine/models/trace/extras/Initiators.js
function getNetworkInitiator(data31, event) {
  const networkHandlerInitiator = data31.NetworkRequests.incompleteInitiator.get(event);
  if (networkHandlerInitiator?.args.data.mimeType === "text/css") {
    return networkHandlerInitiator;
  }
  const stack = get(event.rawSourceEvent, data31);
  const initiatorCallFrame = stack?.parent?.callFrames.at(0);
  if (!initiatorCallFrame) {
    return networkHandlerInitiator;
  }
  const matchingRequestIds = data31.NetworkRequests.requestIdsByURL.get(initiatorCallFrame.url) ?? [];
  const matchingRequests = matchingRequestIds.map((id) => data31.NetworkRequests.byId.get(id)).filter((req) => req !== void 0).filter((req) => req.ts < event.ts);
  return matchingRequests.at(-1);
}
__name(getNetworkInitiator, "getNetworkInitiator");

// node_modules/@paulirish/trace_engine/models/trace/extras/ScriptDuplication.js
var ScriptDuplication_exports = {};
__export(ScriptDuplication_exports, {
  computeScriptDuplication: () => computeScriptDuplication,
  getNodeModuleName: () => getNodeModuleName,
  normalizeDuplication: () => normalizeDuplication,
  normalizeSource: () => normalizeSource
});
var ABSOLUTE_SIZE_THRESHOLD_BYTES = 1024 * 0.5;
var RELATIVE_SIZE_THRESHOLD = 0.1;
function normalizeSource(source) {
  source = source.replace(/\?$/, "");
  const lastNodeModulesIndex = source.lastIndexOf("node_modules");
  if (lastNodeModulesIndex !== -1) {
    source = source.substring(lastNodeModulesIndex);
  }
  return source;
}
__name(normalizeSource, "normalizeSource");
function shouldIgnoreSource(source) {
  if (source.includes("webpack/bootstrap")) {
    return true;
  }
  if (source.includes("(webpack)/buildin")) {
    return true;
  }
  if (source.includes("external ")) {
    return true;
  }
  return false;
}
__name(shouldIgnoreSource, "shouldIgnoreSource");
function normalizeDuplication(duplication) {
  for (const [key, data31] of duplication) {
    data31.duplicates.sort((a, b) => b.attributedSize - a.attributedSize);
    if (data31.duplicates.length > 1) {
      const largestResourceSize = data31.duplicates[0].attributedSize;
      data31.duplicates = data31.duplicates.filter((duplicate) => {
        const percentSize = duplicate.attributedSize / largestResourceSize;
        return percentSize >= RELATIVE_SIZE_THRESHOLD;
      });
    }
    data31.duplicates = data31.duplicates.filter((duplicate) => duplicate.attributedSize >= ABSOLUTE_SIZE_THRESHOLD_BYTES);
    if (data31.duplicates.length <= 1) {
      duplication.delete(key);
      continue;
    }
    data31.estimatedDuplicateBytes = data31.duplicates.slice(1).reduce((acc, cur) => acc + cur.attributedSize, 0);
  }
}
__name(normalizeDuplication, "normalizeDuplication");
function indexOfOrLength(haystack, needle, startPosition = 0) {
  const index = haystack.indexOf(needle, startPosition);
  return index === -1 ? haystack.length : index;
}
__name(indexOfOrLength, "indexOfOrLength");
function getNodeModuleName(source) {
  const sourceSplit = source.split("node_modules/");
  source = sourceSplit[sourceSplit.length - 1];
  const indexFirstSlash = indexOfOrLength(source, "/");
  if (source[0] === "@") {
    return source.slice(0, indexOfOrLength(source, "/", indexFirstSlash + 1));
  }
  return source.slice(0, indexFirstSlash);
}
__name(getNodeModuleName, "getNodeModuleName");
function groupByNodeModules(duplication) {
  const groupedDuplication = /* @__PURE__ */ new Map();
  for (const [source, data31] of duplication) {
    if (!source.includes("node_modules")) {
      groupedDuplication.set(source, data31);
      continue;
    }
    const nodeModuleKey = "node_modules/" + getNodeModuleName(source);
    const aggregatedData = groupedDuplication.get(nodeModuleKey) ?? {
      duplicates: [],
      // This is calculated in normalizeDuplication.
      estimatedDuplicateBytes: 0
    };
    groupedDuplication.set(nodeModuleKey, aggregatedData);
    for (const { script, attributedSize } of data31.duplicates) {
      let duplicate = aggregatedData.duplicates.find((d) => d.script === script);
      if (!duplicate) {
        duplicate = { script, attributedSize: 0 };
        aggregatedData.duplicates.push(duplicate);
      }
      duplicate.attributedSize += attributedSize;
    }
  }
  return groupedDuplication;
}
__name(groupByNodeModules, "groupByNodeModules");
function sorted(duplication) {
  return new Map([...duplication].sort((a, b) => b[1].estimatedDuplicateBytes - a[1].estimatedDuplicateBytes));
}
__name(sorted, "sorted");
function computeScriptDuplication(scriptsData, compressionRatios) {
  const sourceDatasMap = /* @__PURE__ */ new Map();
  for (const script of scriptsData.scripts) {
    if (!script.content || !script.sourceMap) {
      continue;
    }
    const sizes = ModelHandlers_exports.Scripts.getScriptGeneratedSizes(script);
    if (!sizes) {
      continue;
    }
    if ("errorMessage" in sizes) {
      console.error(sizes.errorMessage);
      continue;
    }
    const sourceDataArray = [];
    sourceDatasMap.set(script, sourceDataArray);
    const sources = script.sourceMap.sourceURLs();
    for (let i = 0; i < sources.length; i++) {
      if (shouldIgnoreSource(sources[i])) {
        continue;
      }
      const sourceSize = sizes.files[sources[i]];
      sourceDataArray.push({
        source: normalizeSource(sources[i]),
        resourceSize: sourceSize
      });
    }
  }
  const duplication = /* @__PURE__ */ new Map();
  for (const [script, sourceDataArray] of sourceDatasMap) {
    for (const sourceData of sourceDataArray) {
      let data31 = duplication.get(sourceData.source);
      if (!data31) {
        data31 = { estimatedDuplicateBytes: 0, duplicates: [] };
        duplication.set(sourceData.source, data31);
      }
      const compressionRatio = script.request ? compressionRatios.get(script.request?.args.data.requestId) ?? 1 : 1;
      const transferSize = Math.round(sourceData.resourceSize * compressionRatio);
      data31.duplicates.push({
        script,
        attributedSize: transferSize
      });
    }
  }
  const duplicationGroupedByNodeModules = groupByNodeModules(duplication);
  normalizeDuplication(duplication);
  normalizeDuplication(duplicationGroupedByNodeModules);
  return {
    duplication: sorted(duplication),
    duplicationGroupedByNodeModules: sorted(duplicationGroupedByNodeModules)
  };
}
__name(computeScriptDuplication, "computeScriptDuplication");

// node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js
var UIStrings5 = {
  /**
   * @description Title of an insight that identifies multiple copies of the same JavaScript sources, and recommends removing the duplication.
   */
  title: "Duplicated JavaScript",
  /**
   * @description Description of an insight that identifies multiple copies of the same JavaScript sources, and recommends removing the duplication.
   */
  description: "Remove large, [duplicate JavaScript modules](https://developer.chrome.com/docs/performance/insights/duplicated-javascript) from bundles to reduce unnecessary bytes consumed by network activity.",
  /** Label for a column in a data table; entries will be the locations of JavaScript or CSS code, e.g. the name of a Javascript package or module. */
  columnSource: "Source",
  /** Label for a column in a data table; entries will be the number of wasted bytes due to duplication of a web resource. */
  columnDuplicatedBytes: "Duplicated bytes",
  /**
   * @description Message shown when no duplicated JavaScript is found.
   */
  noDuplicatedJavaScript: "No duplicated JavaScript found"
};
var i18nString5 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function finalize35(partialModel) {
  const requests = partialModel.scriptsWithDuplication.map((script) => script.request).filter((e) => !!e);
  return {
    insightKey: InsightKeys.DUPLICATE_JAVASCRIPT,
    strings: UIStrings5,
    title: i18nString5(UIStrings5.title),
    description: i18nString5(UIStrings5.description),
    docs: "https://developer.chrome.com/docs/performance/insights/duplicated-javascript",
    category: InsightCategory.LCP,
    state: Boolean(partialModel.duplication.values().next().value) ? "fail" : "pass",
    relatedEvents: [...new Set(requests)],
    ...partialModel
  };
}
__name(finalize35, "finalize");
function isDuplicatedJavaScriptInsight(model2) {
  return model2.insightKey === InsightKeys.DUPLICATE_JAVASCRIPT;
}
__name(isDuplicatedJavaScriptInsight, "isDuplicatedJavaScriptInsight");
function generateInsight5(data31, context) {
  const scripts = data31.Scripts.scripts.filter((script) => {
    if (script.frame !== context.frameId) {
      return false;
    }
    if (script.url?.startsWith("chrome-extension://")) {
      return false;
    }
    return Timing_exports3.timestampIsInBounds(context.bounds, script.ts);
  });
  const compressionRatios = /* @__PURE__ */ new Map();
  for (const script of scripts) {
    if (script.request) {
      compressionRatios.set(script.request.args.data.requestId, estimateCompressionRatioForScript(script));
    }
  }
  const { duplication, duplicationGroupedByNodeModules } = ScriptDuplication_exports.computeScriptDuplication({ scripts }, compressionRatios);
  const scriptsWithDuplication = [...duplication.values().flatMap((data32) => data32.duplicates.map((d) => d.script))];
  const wastedBytesByRequestId = /* @__PURE__ */ new Map();
  for (const { duplicates } of duplication.values()) {
    for (let i = 1; i < duplicates.length; i++) {
      const sourceData = duplicates[i];
      if (!sourceData.script.request) {
        continue;
      }
      const transferSize = sourceData.attributedSize;
      const requestId = sourceData.script.request.args.data.requestId;
      wastedBytesByRequestId.set(requestId, (wastedBytesByRequestId.get(requestId) || 0) + transferSize);
    }
  }
  return finalize35({
    duplication,
    duplicationGroupedByNodeModules,
    scriptsWithDuplication: [...new Set(scriptsWithDuplication)],
    scripts,
    mainDocumentUrl: context.navigation?.args.data?.url ?? data31.Meta.mainFrameURL,
    metricSavings: metricSavingsForWastedBytes(wastedBytesByRequestId, context),
    wastedBytes: wastedBytesByRequestId.values().reduce((acc, cur) => acc + cur, 0)
  });
}
__name(generateInsight5, "generateInsight");
function createOverlays5(model2) {
  return model2.scriptsWithDuplication.map((script) => script.request).filter((e) => !!e).map((request) => {
    return {
      type: "ENTRY_OUTLINE",
      entry: request,
      outlineReason: "ERROR"
    };
  });
}
__name(createOverlays5, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js
var FontDisplay_exports = {};
__export(FontDisplay_exports, {
  UIStrings: () => UIStrings6,
  createOverlays: () => createOverlays6,
  generateInsight: () => generateInsight6,
  i18nString: () => i18nString6,
  isFontDisplayInsight: () => isFontDisplayInsight
});
var UIStrings6 = {
  /** Title of an insight that provides details about the fonts used on the page, and the value of their `font-display` properties. */
  title: "Font display",
  /**
   * @description Text to tell the user about the font-display CSS feature to help improve a the UX of a page.
   */
  description: "Consider setting [`font-display`](https://developer.chrome.com/docs/performance/insights/font-display) to `swap` or `optional` to ensure text is consistently visible. `swap` can be further optimized to mitigate layout shifts with [font metric overrides](https://developer.chrome.com/blog/font-fallbacks).",
  /** Column for a font loaded by the page to render text. */
  fontColumn: "Font",
  /** Column for the amount of time wasted. */
  wastedTimeColumn: "Wasted time",
  /**
   * @description Message shown when no fonts with suboptimal font-display are found.
   */
  noFonts: "No fonts with suboptimal font-display found"
};
var i18nString6 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function finalize36(partialModel) {
  return {
    insightKey: InsightKeys.FONT_DISPLAY,
    strings: UIStrings6,
    title: i18nString6(UIStrings6.title),
    description: i18nString6(UIStrings6.description),
    docs: "https://developer.chrome.com/docs/performance/insights/font-display",
    category: InsightCategory.INP,
    state: partialModel.fonts.find((font) => font.wastedTime > 0) ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize36, "finalize");
function isFontDisplayInsight(model2) {
  return model2.insightKey === InsightKeys.FONT_DISPLAY;
}
__name(isFontDisplayInsight, "isFontDisplayInsight");
function generateInsight6(data31, context) {
  const fonts = [];
  for (const remoteFont of data31.LayoutShifts.remoteFonts) {
    const event = remoteFont.beginRemoteFontLoadEvent;
    if (!Timing_exports3.eventIsInBounds(event, context.bounds)) {
      continue;
    }
    const requestId = `${event.pid}.${event.args.id}`;
    const request = data31.NetworkRequests.byId.get(requestId);
    if (!request) {
      continue;
    }
    if (!/^(block|fallback|auto)$/.test(remoteFont.display)) {
      continue;
    }
    const wastedTimeMicro = Timing_exports.Micro(request.args.data.syntheticData.finishTime - request.args.data.syntheticData.sendStartTime);
    let wastedTime = NumberUtilities_exports.floor(Timing_exports3.microToMilli(wastedTimeMicro), 1 / 5);
    if (wastedTime === 0) {
      continue;
    }
    wastedTime = Math.min(wastedTime, 3e3);
    fonts.push({
      name: remoteFont.name,
      request,
      display: remoteFont.display,
      wastedTime
    });
  }
  fonts.sort((a, b) => b.wastedTime - a.wastedTime);
  const savings = Math.max(...fonts.map((f) => f.wastedTime));
  return finalize36({
    relatedEvents: fonts.map((f) => f.request),
    fonts,
    metricSavings: { FCP: savings }
  });
}
__name(generateInsight6, "generateInsight");
function createOverlays6(model2) {
  return model2.fonts.map((font) => ({
    type: "ENTRY_OUTLINE",
    entry: font.request,
    outlineReason: font.wastedTime ? "ERROR" : "INFO"
  }));
}
__name(createOverlays6, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js
var ForcedReflow_exports = {};
__export(ForcedReflow_exports, {
  UIStrings: () => UIStrings7,
  createOverlayForEvents: () => createOverlayForEvents,
  createOverlays: () => createOverlays7,
  generateInsight: () => generateInsight7,
  i18nString: () => i18nString7,
  isForcedReflowInsight: () => isForcedReflowInsight
});
var UIStrings7 = {
  /**
   * @description Title of an insight that provides details about Forced reflow.
   */
  title: "Forced reflow",
  /**
   * @description Text to describe the forced reflow.
   */
  description: "A forced reflow occurs when JavaScript queries geometric properties (such as `offsetWidth`) after styles have been invalidated by a change to the DOM state. This can result in poor performance. Learn more about [forced reflows](https://developer.chrome.com/docs/performance/insights/forced-reflow) and possible mitigations.",
  /**
   * @description Title of a list to provide related stack trace data
   */
  reflowCallFrames: "Call frames that trigger reflow",
  /**
   * @description Text to describe the top time-consuming function call
   */
  topTimeConsumingFunctionCall: "Top function call",
  /**
   * @description Text to describe the total reflow time
   */
  totalReflowTime: "Total reflow time",
  /**
   * @description Text to describe CPU processor tasks that could not be attributed to any specific source code.
   */
  unattributed: "[unattributed]",
  /**
   * @description Text for the name of anonymous functions
   */
  anonymous: "(anonymous)"
};
var i18nString7 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function getCallFrameId(callFrame) {
  return callFrame.scriptId + ":" + callFrame.lineNumber + ":" + callFrame.columnNumber;
}
__name(getCallFrameId, "getCallFrameId");
function getLargestTopLevelFunctionData(forcedReflowEvents, traceParsedData) {
  const entryToNodeMap = traceParsedData.Renderer.entryToNode;
  const dataByTopLevelFunction = /* @__PURE__ */ new Map();
  if (forcedReflowEvents.length === 0) {
    return;
  }
  for (const event of forcedReflowEvents) {
    const traceNode = entryToNodeMap.get(event);
    if (!traceNode) {
      continue;
    }
    let node = traceNode.parent;
    let topLevelFunctionCall;
    let topLevelFunctionCallEvent;
    while (node) {
      const eventData = node.entry;
      if (TraceEvents_exports.isProfileCall(eventData)) {
        topLevelFunctionCall = eventData.callFrame;
        topLevelFunctionCallEvent = eventData;
      } else {
        if (TraceEvents_exports.isFunctionCall(eventData) && eventData.args.data && TraceEvents_exports.objectIsCallFrame(eventData.args.data)) {
          topLevelFunctionCall = eventData.args.data;
          topLevelFunctionCallEvent = eventData;
        }
        break;
      }
      node = node.parent;
    }
    if (!topLevelFunctionCall || !topLevelFunctionCallEvent) {
      continue;
    }
    const aggregatedDataId = getCallFrameId(topLevelFunctionCall);
    const aggregatedData = MapUtilities_exports.getWithDefault(dataByTopLevelFunction, aggregatedDataId, () => ({
      topLevelFunctionCall,
      totalReflowTime: 0,
      topLevelFunctionCallEvents: []
    }));
    aggregatedData.totalReflowTime += event.dur ?? 0;
    aggregatedData.topLevelFunctionCallEvents.push(topLevelFunctionCallEvent);
  }
  let topTimeConsumingData = void 0;
  dataByTopLevelFunction.forEach((data31) => {
    if (!topTimeConsumingData || data31.totalReflowTime > topTimeConsumingData.totalReflowTime) {
      topTimeConsumingData = data31;
    }
  });
  return topTimeConsumingData;
}
__name(getLargestTopLevelFunctionData, "getLargestTopLevelFunctionData");
function finalize37(partialModel) {
  return {
    insightKey: InsightKeys.FORCED_REFLOW,
    strings: UIStrings7,
    title: i18nString7(UIStrings7.title),
    description: i18nString7(UIStrings7.description),
    docs: "https://developer.chrome.com/docs/performance/insights/forced-reflow",
    category: InsightCategory.ALL,
    state: partialModel.aggregatedBottomUpData.length !== 0 ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize37, "finalize");
function getBottomCallFrameForEvent(event, traceParsedData) {
  const profileStackTrace = StackTraceForEvent_exports.get(event, traceParsedData);
  const eventTopCallFrame = Trace_exports.getStackTraceTopCallFrameInEventPayload(event);
  return profileStackTrace?.callFrames[0] ?? eventTopCallFrame ?? null;
}
__name(getBottomCallFrameForEvent, "getBottomCallFrameForEvent");
function isForcedReflowInsight(model2) {
  return model2.insightKey === InsightKeys.FORCED_REFLOW;
}
__name(isForcedReflowInsight, "isForcedReflowInsight");
function generateInsight7(traceParsedData, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => {
    const frameId = Trace_exports.frameIDForEvent(event);
    if (frameId !== context.frameId) {
      return false;
    }
    return Timing_exports3.eventIsInBounds(event, context.bounds);
  }, "isWithinContext");
  const bottomUpDataMap = /* @__PURE__ */ new Map();
  const events = traceParsedData.Warnings.perWarning.get("FORCED_REFLOW")?.filter(isWithinContext) ?? [];
  for (const event of events) {
    const bottomCallFrame = getBottomCallFrameForEvent(event, traceParsedData);
    const bottomCallId = bottomCallFrame ? getCallFrameId(bottomCallFrame) : "UNATTRIBUTED";
    const bottomUpData = MapUtilities_exports.getWithDefault(bottomUpDataMap, bottomCallId, () => ({
      bottomUpData: bottomCallFrame,
      totalTime: 0,
      relatedEvents: []
    }));
    bottomUpData.totalTime += event.dur ?? 0;
    bottomUpData.relatedEvents.push(event);
  }
  const topLevelFunctionCallData = getLargestTopLevelFunctionData(events, traceParsedData);
  return finalize37({
    relatedEvents: events,
    topLevelFunctionCallData,
    aggregatedBottomUpData: [...bottomUpDataMap.values()]
  });
}
__name(generateInsight7, "generateInsight");
function createOverlays7(model2) {
  if (!model2.topLevelFunctionCallData) {
    return [];
  }
  const allBottomUpEvents = [...model2.aggregatedBottomUpData.values().flatMap((data31) => data31.relatedEvents)];
  return [
    ...createOverlayForEvents(model2.topLevelFunctionCallData.topLevelFunctionCallEvents, "INFO"),
    ...createOverlayForEvents(allBottomUpEvents)
  ];
}
__name(createOverlays7, "createOverlays");
function createOverlayForEvents(events, outlineReason = "ERROR") {
  return events.map((e) => ({
    type: "ENTRY_OUTLINE",
    entry: e,
    outlineReason
  }));
}
__name(createOverlayForEvents, "createOverlayForEvents");

// node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js
var ImageDelivery_exports = {};
__export(ImageDelivery_exports, {
  ImageOptimizationType: () => ImageOptimizationType,
  UIStrings: () => UIStrings8,
  createOverlayForRequest: () => createOverlayForRequest2,
  createOverlays: () => createOverlays8,
  generateInsight: () => generateInsight8,
  getOptimizationMessage: () => getOptimizationMessage,
  getOptimizationMessageWithBytes: () => getOptimizationMessageWithBytes,
  i18nString: () => i18nString8,
  isImageDeliveryInsight: () => isImageDeliveryInsight
});
var UIStrings8 = {
  /**
   * @description Title of an insight that recommends ways to reduce the size of images downloaded and used on the page.
   */
  title: "Improve image delivery",
  /**
   * @description Description of an insight that recommends ways to reduce the size of images downloaded and used on the page.
   */
  description: "Reducing the download time of images can improve the perceived load time of the page and LCP. [Learn more about optimizing image size](https://developer.chrome.com/docs/performance/insights/image-delivery)",
  /**
   * @description Message displayed in a chip explaining that an image file size is large for the # of pixels it has and recommends possible adjustments to improve the image size.
   */
  useCompression: "Increasing the image compression factor could improve this image's download size.",
  /**
   * @description Message displayed in a chip explaining that an image file size is large for the # of pixels it has and recommends possible adjustments to improve the image size.
   */
  useModernFormat: "Using a modern image format (WebP, AVIF) or increasing the image compression could improve this image's download size.",
  /**
   * @description Message displayed in a chip advising the user to use video formats instead of GIFs because videos generally have smaller file sizes.
   */
  useVideoFormat: "Using video formats instead of GIFs can improve the download size of animated content.",
  /**
   * @description Message displayed in a chip explaining that an image was displayed on the page with dimensions much smaller than the image file dimensions.
   * @example {1000x500} PH1
   * @example {100x50} PH2
   */
  useResponsiveSize: "This image file is larger than it needs to be ({PH1}) for its displayed dimensions ({PH2}). Use responsive images to reduce the image download size.",
  /**
   * @description Column header for a table column containing network requests for images which can improve their file size (e.g. use a different format, increase compression, etc).
   */
  optimizeFile: "Optimize file size",
  /**
   * @description Table row value representing the remaining items not shown in the table due to size constraints. This row will always represent at least 2 items.
   * @example {5} PH1
   */
  others: "{PH1} others",
  /**
   * @description Text status indicating that no potential optimizations were found for any image file
   */
  noOptimizableImages: "No optimizable images",
  /**
   * @description Text describing the estimated number of bytes that an image file optimization can save. This text is appended to another block of text describing the image optimization in more detail. "Est" means "Estimated".
   * @example {Use the correct image dimensions to reduce the image file size.} PH1
   * @example {50 MB} PH2
   */
  estimatedSavings: "{PH1} (Est {PH2})"
};
var i18nString8 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var TARGET_BYTES_PER_PIXEL_AVIF = 2 * 1 / 12;
var GIF_SIZE_THRESHOLD = 100 * 1024;
var BYTE_SAVINGS_THRESHOLD = 4096;
var BYTE_SAVINGS_THRESHOLD_RESPONSIVE_BREAKPOINTS = 12288;
var ImageOptimizationType;
(function(ImageOptimizationType2) {
  ImageOptimizationType2["ADJUST_COMPRESSION"] = "ADJUST_COMPRESSION";
  ImageOptimizationType2["MODERN_FORMAT_OR_COMPRESSION"] = "MODERN_FORMAT_OR_COMPRESSION";
  ImageOptimizationType2["VIDEO_FORMAT"] = "VIDEO_FORMAT";
  ImageOptimizationType2["RESPONSIVE_SIZE"] = "RESPONSIVE_SIZE";
})(ImageOptimizationType || (ImageOptimizationType = {}));
function isImageDeliveryInsight(model2) {
  return model2.insightKey === "ImageDelivery";
}
__name(isImageDeliveryInsight, "isImageDeliveryInsight");
function getOptimizationMessage(optimization) {
  switch (optimization.type) {
    case ImageOptimizationType.ADJUST_COMPRESSION:
      return i18nString8(UIStrings8.useCompression);
    case ImageOptimizationType.MODERN_FORMAT_OR_COMPRESSION:
      return i18nString8(UIStrings8.useModernFormat);
    case ImageOptimizationType.VIDEO_FORMAT:
      return i18nString8(UIStrings8.useVideoFormat);
    case ImageOptimizationType.RESPONSIVE_SIZE:
      return i18nString8(UIStrings8.useResponsiveSize, {
        PH1: `${optimization.fileDimensions.width}x${optimization.fileDimensions.height}`,
        PH2: `${optimization.displayDimensions.width}x${optimization.displayDimensions.height}`
      });
  }
}
__name(getOptimizationMessage, "getOptimizationMessage");
function getOptimizationMessageWithBytes(optimization) {
  const byteSavingsText = /* @__PURE__ */ ((bytes) => ({ __i18nBytes: bytes }))(optimization.byteSavings);
  const optimizationMessage = getOptimizationMessage(optimization);
  return i18nString8(UIStrings8.estimatedSavings, { PH1: optimizationMessage, PH2: byteSavingsText });
}
__name(getOptimizationMessageWithBytes, "getOptimizationMessageWithBytes");
function finalize38(partialModel) {
  return {
    insightKey: InsightKeys.IMAGE_DELIVERY,
    strings: UIStrings8,
    title: i18nString8(UIStrings8.title),
    description: i18nString8(UIStrings8.description),
    docs: "https://developer.chrome.com/docs/performance/insights/image-delivery",
    category: InsightCategory.LCP,
    state: partialModel.optimizableImages.length > 0 ? "fail" : "pass",
    ...partialModel,
    relatedEvents: new Map(partialModel.optimizableImages.map((image) => [image.request, image.optimizations.map(getOptimizationMessageWithBytes)]))
  };
}
__name(finalize38, "finalize");
function estimateGIFPercentSavings(request) {
  return Math.round(29.1 * Math.log10(request.args.data.decodedBodyLength) - 100.7) / 100;
}
__name(estimateGIFPercentSavings, "estimateGIFPercentSavings");
function getDisplayedSize(data31, paintImage) {
  return data31.ImagePainting.paintEventToCorrectedDisplaySize.get(paintImage) ?? {
    width: paintImage.args.data.width,
    height: paintImage.args.data.height
  };
}
__name(getDisplayedSize, "getDisplayedSize");
function getPixelCounts(data31, paintImage) {
  const { width, height } = getDisplayedSize(data31, paintImage);
  return {
    filePixels: paintImage.args.data.srcWidth * paintImage.args.data.srcHeight,
    displayedPixels: width * height
  };
}
__name(getPixelCounts, "getPixelCounts");
function generateInsight8(data31, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const contextRequests = data31.NetworkRequests.byTime.filter(isWithinContext);
  const optimizableImages = [];
  for (const request of contextRequests) {
    if (request.args.data.resourceType !== "Image") {
      continue;
    }
    if (request.args.data.mimeType === "image/svg+xml") {
      continue;
    }
    const url = request.args.data.redirects[0]?.url ?? request.args.data.url;
    const imagePaints = data31.ImagePainting.paintImageEventForUrl.get(url)?.filter(isWithinContext);
    if (!imagePaints?.length) {
      continue;
    }
    const largestImagePaint = imagePaints.reduce((prev, curr) => {
      const prevPixels = getPixelCounts(data31, prev).displayedPixels;
      const currPixels = getPixelCounts(data31, curr).displayedPixels;
      return prevPixels > currPixels ? prev : curr;
    });
    const { filePixels: imageFilePixels, displayedPixels: largestImageDisplayPixels } = getPixelCounts(data31, largestImagePaint);
    const imageBytes = Math.min(request.args.data.decodedBodyLength, request.args.data.encodedDataLength);
    const bytesPerPixel = imageBytes / imageFilePixels;
    let optimizations = [];
    if (request.args.data.mimeType === "image/gif") {
      if (imageBytes > GIF_SIZE_THRESHOLD) {
        const percentSavings = estimateGIFPercentSavings(request);
        const byteSavings = Math.round(imageBytes * percentSavings);
        optimizations.push({ type: ImageOptimizationType.VIDEO_FORMAT, byteSavings });
      }
    } else if (bytesPerPixel > TARGET_BYTES_PER_PIXEL_AVIF) {
      const idealAvifImageSize = Math.round(TARGET_BYTES_PER_PIXEL_AVIF * imageFilePixels);
      const byteSavings = imageBytes - idealAvifImageSize;
      if (request.args.data.mimeType !== "image/webp" && request.args.data.mimeType !== "image/avif") {
        optimizations.push({ type: ImageOptimizationType.MODERN_FORMAT_OR_COMPRESSION, byteSavings });
      } else {
        optimizations.push({ type: ImageOptimizationType.ADJUST_COMPRESSION, byteSavings });
      }
    }
    const imageByteSavingsFromFormat = Math.max(0, ...optimizations.map((o) => o.byteSavings));
    let imageByteSavings = imageByteSavingsFromFormat;
    const wastedPixelRatio = 1 - largestImageDisplayPixels / imageFilePixels;
    if (wastedPixelRatio > 0 && !largestImagePaint.args.data.isCSS) {
      const byteSavings = Math.round(wastedPixelRatio * imageBytes);
      const hadBreakpoints = largestImagePaint.args.data.isPicture || largestImagePaint.args.data.srcsetAttribute;
      if (!hadBreakpoints || byteSavings > BYTE_SAVINGS_THRESHOLD_RESPONSIVE_BREAKPOINTS) {
        imageByteSavings += Math.round(wastedPixelRatio * (imageBytes - imageByteSavingsFromFormat));
        const { width, height } = getDisplayedSize(data31, largestImagePaint);
        optimizations.push({
          type: ImageOptimizationType.RESPONSIVE_SIZE,
          byteSavings,
          fileDimensions: {
            width: Math.round(largestImagePaint.args.data.srcWidth),
            height: Math.round(largestImagePaint.args.data.srcHeight)
          },
          displayDimensions: {
            width: Math.round(width),
            height: Math.round(height)
          }
        });
      }
    }
    optimizations = optimizations.filter((optimization) => optimization.byteSavings > BYTE_SAVINGS_THRESHOLD);
    if (optimizations.length > 0) {
      optimizableImages.push({
        request,
        largestImagePaint,
        optimizations,
        byteSavings: imageByteSavings
      });
    }
  }
  const wastedBytesByRequestId = /* @__PURE__ */ new Map();
  for (const image of optimizableImages) {
    wastedBytesByRequestId.set(image.request.args.data.requestId, image.byteSavings);
  }
  optimizableImages.sort((a, b) => {
    if (b.byteSavings !== a.byteSavings) {
      return b.byteSavings - a.byteSavings;
    }
    return b.request.args.data.decodedBodyLength - a.request.args.data.decodedBodyLength;
  });
  return finalize38({
    optimizableImages,
    metricSavings: metricSavingsForWastedBytes(wastedBytesByRequestId, context),
    wastedBytes: optimizableImages.reduce((total, img) => total + img.byteSavings, 0)
  });
}
__name(generateInsight8, "generateInsight");
function createOverlayForRequest2(request) {
  return {
    type: "ENTRY_OUTLINE",
    entry: request,
    outlineReason: "ERROR"
  };
}
__name(createOverlayForRequest2, "createOverlayForRequest");
function createOverlays8(model2) {
  return model2.optimizableImages.map((image) => createOverlayForRequest2(image.request));
}
__name(createOverlays8, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js
var INPBreakdown_exports = {};
__export(INPBreakdown_exports, {
  UIStrings: () => UIStrings9,
  createOverlays: () => createOverlays9,
  createOverlaysForSubpart: () => createOverlaysForSubpart,
  generateInsight: () => generateInsight9,
  i18nString: () => i18nString9,
  isINPBreakdownInsight: () => isINPBreakdownInsight
});
var UIStrings9 = {
  /**
   * @description Text to tell the user about the longest user interaction.
   */
  description: "Start investigating [how to improve INP](https://developer.chrome.com/docs/performance/insights/inp-breakdown) by looking at the longest subpart.",
  /**
   * @description Title for the performance insight "INP breakdown", which shows a breakdown of INP by subparts / sections.
   */
  title: "INP breakdown",
  /**
   * @description Label used for the subpart/component/stage/section of a larger duration.
   */
  subpart: "Subpart",
  /**
   * @description Label used for a time duration.
   */
  duration: "Duration",
  // TODO: these are repeated in InteractionBreakdown. Add a place for common strings?
  /**
   * @description Text shown next to the interaction event's input delay time in the detail view.
   */
  inputDelay: "Input delay",
  /**
   * @description Text shown next to the interaction event's thread processing duration in the detail view.
   */
  processingDuration: "Processing duration",
  /**
   * @description Text shown next to the interaction event's presentation delay time in the detail view.
   */
  presentationDelay: "Presentation delay",
  /**
   * @description Text status indicating that no user interactions were detected.
   */
  noInteractions: "No interactions detected"
};
var i18nString9 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function isINPBreakdownInsight(insight) {
  return insight.insightKey === InsightKeys.INP_BREAKDOWN;
}
__name(isINPBreakdownInsight, "isINPBreakdownInsight");
function finalize39(partialModel) {
  let state = "pass";
  if (partialModel.longestInteractionEvent) {
    const classification = ModelHandlers_exports.UserInteractions.scoreClassificationForInteractionToNextPaint(partialModel.longestInteractionEvent.dur);
    if (classification === ModelHandlers_exports.PageLoadMetrics.ScoreClassification.GOOD) {
      state = "informative";
    } else {
      state = "fail";
    }
  }
  return {
    insightKey: InsightKeys.INP_BREAKDOWN,
    strings: UIStrings9,
    title: i18nString9(UIStrings9.title),
    description: i18nString9(UIStrings9.description),
    docs: "https://developer.chrome.com/docs/performance/insights/inp-breakdown",
    category: InsightCategory.INP,
    state,
    ...partialModel
  };
}
__name(finalize39, "finalize");
function generateInsight9(data31, context) {
  const interactionEvents2 = data31.UserInteractions.interactionEventsWithNoNesting.filter((event) => {
    return Timing_exports3.eventIsInBounds(event, context.bounds);
  });
  if (!interactionEvents2.length) {
    return finalize39({});
  }
  const longestByInteractionId = /* @__PURE__ */ new Map();
  for (const event of interactionEvents2) {
    const key = event.interactionId;
    const longest = longestByInteractionId.get(key);
    if (!longest || event.dur > longest.dur) {
      longestByInteractionId.set(key, event);
    }
  }
  const normalizedInteractionEvents = [...longestByInteractionId.values()];
  normalizedInteractionEvents.sort((a, b) => b.dur - a.dur);
  const highPercentileIndex = Math.min(9, Math.floor(normalizedInteractionEvents.length / 50));
  return finalize39({
    relatedEvents: [normalizedInteractionEvents[0]],
    longestInteractionEvent: normalizedInteractionEvents[0],
    highPercentileInteractionEvent: normalizedInteractionEvents[highPercentileIndex]
  });
}
__name(generateInsight9, "generateInsight");
function createOverlaysForSubpart(event, subpartIndex = -1) {
  const p1 = Timing_exports3.traceWindowFromMicroSeconds(event.ts, event.ts + event.inputDelay);
  const p2 = Timing_exports3.traceWindowFromMicroSeconds(p1.max, p1.max + event.mainThreadHandling);
  const p3 = Timing_exports3.traceWindowFromMicroSeconds(p2.max, p2.max + event.presentationDelay);
  let sections = [
    { bounds: p1, label: i18nString9(UIStrings9.inputDelay), showDuration: true },
    { bounds: p2, label: i18nString9(UIStrings9.processingDuration), showDuration: true },
    { bounds: p3, label: i18nString9(UIStrings9.presentationDelay), showDuration: true }
  ];
  if (subpartIndex !== -1) {
    sections = [sections[subpartIndex]];
  }
  return [
    {
      type: "TIMESPAN_BREAKDOWN",
      sections,
      renderLocation: "BELOW_EVENT",
      entry: event
    }
  ];
}
__name(createOverlaysForSubpart, "createOverlaysForSubpart");
function createOverlays9(model2) {
  const event = model2.longestInteractionEvent;
  if (!event) {
    return [];
  }
  return createOverlaysForSubpart(event);
}
__name(createOverlays9, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js
var LCPBreakdown_exports = {};
__export(LCPBreakdown_exports, {
  UIStrings: () => UIStrings10,
  createOverlays: () => createOverlays10,
  generateInsight: () => generateInsight10,
  i18nString: () => i18nString10,
  isLCPBreakdownInsight: () => isLCPBreakdownInsight
});
var UIStrings10 = {
  /**
   * @description Title of an insight that provides details about the LCP metric, broken down by parts.
   */
  title: "LCP breakdown",
  /**
   * @description Description of a DevTools insight that presents a breakdown for the LCP metric by subparts.
   * This is displayed after a user expands the section to see more. No character length limits.
   */
  description: "Each [subpart has specific improvement strategies](https://developer.chrome.com/docs/performance/insights/lcp-breakdown). Ideally, most of the LCP time should be spent on loading the resources, not within delays.",
  /**
   * @description Time to first byte title for the Largest Contentful Paint's subparts timespan breakdown.
   */
  timeToFirstByte: "Time to first byte",
  /**
   * @description Resource load delay title for the Largest Contentful Paint subparts timespan breakdown.
   */
  resourceLoadDelay: "Resource load delay",
  /**
   * @description Resource load duration title for the Largest Contentful Paint subparts timespan breakdown.
   */
  resourceLoadDuration: "Resource load duration",
  /**
   * @description Element render delay title for the Largest Contentful Paint subparts timespan breakdown.
   */
  elementRenderDelay: "Element render delay",
  /**
   * @description Label used for the subpart (section) of a larger duration.
   */
  subpart: "Subpart",
  /**
   * @description Label used for the duration a single subpart (section) takes up of a larger duration.
   */
  duration: "Duration",
  /**
   * @description Label used for the duration a single subpart (section) takes up of a larger duration. The value will be the 75th percentile of aggregate data. "Field" means that the data was collected from real users in the field as opposed to the developers local environment. "Field" is synonymous with "Real user data".
   */
  fieldDuration: "Field p75",
  /**
   * @description Text status indicating that the the Largest Contentful Paint (LCP) metric timing was not found. "LCP" is an acronym and should not be translated.
   */
  noLcp: "No LCP detected"
};
var i18nString10 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function isLCPBreakdownInsight(model2) {
  return model2.insightKey === "LCPBreakdown";
}
__name(isLCPBreakdownInsight, "isLCPBreakdownInsight");
function anyValuesNaN(...values) {
  return values.some((v) => Number.isNaN(v));
}
__name(anyValuesNaN, "anyValuesNaN");
function determineSubparts(nav, docRequest, lcpEvent, lcpRequest) {
  const firstDocByteTs = calculateDocFirstByteTs(docRequest);
  if (firstDocByteTs === null) {
    return null;
  }
  const ttfb = Timing_exports3.traceWindowFromMicroSeconds(nav.ts, firstDocByteTs);
  ttfb.label = i18nString10(UIStrings10.timeToFirstByte);
  let renderDelay = Timing_exports3.traceWindowFromMicroSeconds(ttfb.max, lcpEvent.ts);
  renderDelay.label = i18nString10(UIStrings10.elementRenderDelay);
  if (!lcpRequest) {
    if (anyValuesNaN(ttfb.range, renderDelay.range)) {
      return null;
    }
    return { ttfb, renderDelay };
  }
  const lcpStartTs = lcpRequest.ts;
  const lcpReqEndTs = lcpRequest.args.data.syntheticData.finishTime;
  const loadDelay = Timing_exports3.traceWindowFromMicroSeconds(ttfb.max, lcpStartTs);
  const loadDuration = Timing_exports3.traceWindowFromMicroSeconds(lcpStartTs, lcpReqEndTs);
  renderDelay = Timing_exports3.traceWindowFromMicroSeconds(lcpReqEndTs, lcpEvent.ts);
  loadDelay.label = i18nString10(UIStrings10.resourceLoadDelay);
  loadDuration.label = i18nString10(UIStrings10.resourceLoadDuration);
  renderDelay.label = i18nString10(UIStrings10.elementRenderDelay);
  if (anyValuesNaN(ttfb.range, loadDelay.range, loadDuration.range, renderDelay.range)) {
    return null;
  }
  return {
    ttfb,
    loadDelay,
    loadDuration,
    renderDelay
  };
}
__name(determineSubparts, "determineSubparts");
function finalize40(partialModel) {
  const relatedEvents = [];
  if (partialModel.lcpEvent) {
    relatedEvents.push(partialModel.lcpEvent);
  }
  if (partialModel.lcpRequest) {
    relatedEvents.push(partialModel.lcpRequest);
  }
  let state = "pass";
  if (partialModel.lcpMs !== void 0) {
    const classification = ModelHandlers_exports.PageLoadMetrics.scoreClassificationForLargestContentfulPaint(Timing_exports3.milliToMicro(partialModel.lcpMs));
    if (classification === ModelHandlers_exports.PageLoadMetrics.ScoreClassification.GOOD) {
      state = "informative";
    } else {
      state = "fail";
    }
  }
  return {
    insightKey: InsightKeys.LCP_BREAKDOWN,
    strings: UIStrings10,
    title: i18nString10(UIStrings10.title),
    description: i18nString10(UIStrings10.description),
    docs: "https://developer.chrome.com/docs/performance/insights/lcp-breakdown",
    category: InsightCategory.LCP,
    state,
    ...partialModel,
    relatedEvents
  };
}
__name(finalize40, "finalize");
function generateInsight10(data31, context) {
  if (!context.navigation) {
    return finalize40({});
  }
  const networkRequests = data31.NetworkRequests;
  const frameMetrics = data31.PageLoadMetrics.metricScoresByFrameId.get(context.frameId);
  if (!frameMetrics) {
    throw new Error("no frame metrics");
  }
  const navMetrics = frameMetrics.get(context.navigation);
  if (!navMetrics) {
    throw new Error("no navigation metrics");
  }
  const metricScore = navMetrics.get(ModelHandlers_exports.PageLoadMetrics.MetricName.LCP);
  const lcpEvent = metricScore?.event;
  if (!lcpEvent || !TraceEvents_exports.isAnyLargestContentfulPaintCandidate(lcpEvent)) {
    return finalize40({ warnings: [InsightWarning.NO_LCP] });
  }
  const lcpMs = Timing_exports3.microToMilli(metricScore.timing);
  const lcpTs = metricScore.event?.ts ? Timing_exports3.microToMilli(metricScore.event?.ts) : void 0;
  const lcpRequest = data31.LargestImagePaint.lcpRequestByNavigationId.get(context.navigationId);
  const docRequest = networkRequests.byId.get(context.navigationId);
  if (!docRequest) {
    return finalize40({ lcpMs, lcpTs, lcpEvent, lcpRequest, warnings: [InsightWarning.NO_DOCUMENT_REQUEST] });
  }
  return finalize40({
    lcpMs,
    lcpTs,
    lcpEvent,
    lcpRequest,
    subparts: determineSubparts(context.navigation, docRequest, lcpEvent, lcpRequest) ?? void 0
  });
}
__name(generateInsight10, "generateInsight");
function createOverlays10(model2) {
  if (!model2.subparts || !model2.lcpTs) {
    return [];
  }
  const overlays = [
    {
      type: "TIMESPAN_BREAKDOWN",
      sections: Object.values(model2.subparts).map((subpart) => ({ bounds: subpart, label: subpart.label, showDuration: true }))
    }
  ];
  if (model2.lcpRequest) {
    overlays.push({ type: "ENTRY_OUTLINE", entry: model2.lcpRequest, outlineReason: "INFO" });
  }
  return overlays;
}
__name(createOverlays10, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js
var LCPDiscovery_exports = {};
__export(LCPDiscovery_exports, {
  UIStrings: () => UIStrings11,
  createOverlays: () => createOverlays11,
  generateInsight: () => generateInsight11,
  getImageData: () => getImageData,
  i18nString: () => i18nString11,
  isLCPDiscoveryInsight: () => isLCPDiscoveryInsight
});
var UIStrings11 = {
  /**
   * @description Title of an insight that provides details about the LCP metric, and the network requests necessary to load it. Details how the LCP request was discoverable - in other words, the path necessary to load it (ex: network requests, JavaScript)
   */
  title: "LCP request discovery",
  /**
   * @description Description of an insight that provides details about the LCP metric, and the network requests necessary to load it.
   */
  description: "[Optimize LCP](https://developer.chrome.com/docs/performance/insights/lcp-discovery) by making the LCP image discoverable from the HTML immediately, and avoiding lazy-loading",
  /**
   * @description Text to tell the user how long after the earliest discovery time their LCP element loaded.
   * @example {401ms} PH1
   */
  lcpLoadDelay: "LCP image loaded {PH1} after earliest start point.",
  /**
   * @description Text to tell the user that a fetchpriority property value of "high" is applied to the LCP request.
   */
  fetchPriorityApplied: "fetchpriority=high applied",
  /**
   * @description Text to tell the user that a fetchpriority property value of "high" should be applied to the LCP request.
   */
  fetchPriorityShouldBeApplied: "fetchpriority=high should be applied",
  /**
   * @description Text to tell the user that a fetchpriority property value of "high" should be applied to the preload request that loads the LCP image.
   */
  fetchPriorityShouldBeAppliedToImagePreload: "fetchpriority=high should be applied to the image preload request",
  /**
   * @description Text to tell the user that the LCP request is discoverable in the initial document.
   */
  requestDiscoverable: "Request is discoverable in initial document",
  /**
   * @description Text to tell the user that LCP resources should avoid using loading=lazy.
   */
  lazyLoadNotApplied: "LCP resources should not use loading=lazy",
  /**
   * @description Text status indicating that the the Largest Contentful Paint (LCP) metric timing was not found. "LCP" is an acronym and should not be translated.
   */
  noLcp: "No LCP detected",
  /**
   * @description Text status indicating that the Largest Contentful Paint (LCP) metric was text rather than an image. "LCP" is an acronym and should not be translated.
   */
  noLcpResource: "No LCP resource detected because the LCP is not an image"
};
var i18nString11 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function isLCPDiscoveryInsight(model2) {
  return model2.insightKey === "LCPDiscovery";
}
__name(isLCPDiscoveryInsight, "isLCPDiscoveryInsight");
function finalize41(partialModel) {
  const relatedEvents = partialModel.lcpEvent && partialModel.lcpRequest ? (
    // TODO: add entire request initiator chain?
    [partialModel.lcpEvent, partialModel.lcpRequest]
  ) : [];
  return {
    insightKey: InsightKeys.LCP_DISCOVERY,
    strings: UIStrings11,
    title: i18nString11(UIStrings11.title),
    description: i18nString11(UIStrings11.description),
    docs: "https://developer.chrome.com/docs/performance/insights/lcp-discovery",
    category: InsightCategory.LCP,
    state: partialModel.lcpRequest && partialModel.checklist && (!partialModel.checklist.eagerlyLoaded.value || !partialModel.checklist.requestDiscoverable.value || !partialModel.checklist.priorityHinted.value) ? "fail" : "pass",
    ...partialModel,
    relatedEvents
  };
}
__name(finalize41, "finalize");
function generateInsight11(data31, context) {
  if (!context.navigation) {
    return finalize41({});
  }
  const networkRequests = data31.NetworkRequests;
  const frameMetrics = data31.PageLoadMetrics.metricScoresByFrameId.get(context.frameId);
  if (!frameMetrics) {
    throw new Error("no frame metrics");
  }
  const navMetrics = frameMetrics.get(context.navigation);
  if (!navMetrics) {
    throw new Error("no navigation metrics");
  }
  const metricScore = navMetrics.get(ModelHandlers_exports.PageLoadMetrics.MetricName.LCP);
  const lcpEvent = metricScore?.event;
  if (!lcpEvent || !TraceEvents_exports.isAnyLargestContentfulPaintCandidate(lcpEvent)) {
    return finalize41({ warnings: [InsightWarning.NO_LCP] });
  }
  const docRequest = networkRequests.byId.get(context.navigationId);
  if (!docRequest) {
    return finalize41({ warnings: [InsightWarning.NO_DOCUMENT_REQUEST] });
  }
  const lcpRequest = data31.LargestImagePaint.lcpRequestByNavigationId.get(context.navigationId);
  if (!lcpRequest) {
    return finalize41({ lcpEvent });
  }
  const initiatorUrl = lcpRequest.args.data.initiator?.url;
  const initiatedByMainDoc = lcpRequest?.args.data.initiator?.type === "parser" && docRequest.args.data.url === initiatorUrl;
  const imgPreloadedOrFoundInHTML = lcpRequest?.args.data.isLinkPreload || initiatedByMainDoc;
  const imageFetchPriorityHint = lcpRequest?.args.data.fetchPriorityHint;
  const earliestDiscoveryTime = calculateDocFirstByteTs(docRequest);
  const priorityHintFound = imageFetchPriorityHint === "high";
  const missingPriorityHintLabel = lcpRequest.args.data.isLinkPreload ? i18nString11(UIStrings11.fetchPriorityShouldBeAppliedToImagePreload) : i18nString11(UIStrings11.fetchPriorityShouldBeApplied);
  const lcpNotLazyLoaded = lcpEvent.args.data?.loadingAttr !== "lazy" || lcpRequest.args.data.isLinkPreload;
  return finalize41({
    lcpEvent,
    lcpRequest,
    earliestDiscoveryTimeTs: earliestDiscoveryTime ? Timing_exports.Micro(earliestDiscoveryTime) : void 0,
    checklist: {
      priorityHinted: {
        label: priorityHintFound ? i18nString11(UIStrings11.fetchPriorityApplied) : missingPriorityHintLabel,
        value: priorityHintFound
      },
      requestDiscoverable: { label: i18nString11(UIStrings11.requestDiscoverable), value: imgPreloadedOrFoundInHTML },
      eagerlyLoaded: { label: i18nString11(UIStrings11.lazyLoadNotApplied), value: lcpNotLazyLoaded }
    }
  });
}
__name(generateInsight11, "generateInsight");
function getImageData(model2) {
  if (!model2.lcpRequest || !model2.checklist) {
    return null;
  }
  const shouldIncreasePriorityHint = !model2.checklist.priorityHinted.value;
  const shouldPreloadImage = !model2.checklist.requestDiscoverable.value;
  const shouldRemoveLazyLoading = !model2.checklist.eagerlyLoaded.value;
  const imageLCP = shouldIncreasePriorityHint !== void 0 && shouldPreloadImage !== void 0 && shouldRemoveLazyLoading !== void 0;
  if (!imageLCP) {
    return null;
  }
  const data31 = {
    checklist: model2.checklist,
    request: model2.lcpRequest,
    discoveryDelay: null,
    estimatedSavings: model2.metricSavings?.LCP ?? null
  };
  if (model2.earliestDiscoveryTimeTs && model2.lcpRequest) {
    const discoveryDelay = model2.lcpRequest.ts - model2.earliestDiscoveryTimeTs;
    data31.discoveryDelay = Timing_exports.Micro(discoveryDelay);
  }
  return data31;
}
__name(getImageData, "getImageData");
function createOverlays11(model2) {
  const imageResults = getImageData(model2);
  if (!imageResults?.discoveryDelay) {
    return [];
  }
  const delay = Timing_exports3.traceWindowFromMicroSeconds(Timing_exports.Micro(imageResults.request.ts - imageResults.discoveryDelay), imageResults.request.ts);
  return [
    {
      type: "ENTRY_OUTLINE",
      entry: imageResults.request,
      outlineReason: "ERROR"
    },
    {
      type: "CANDY_STRIPED_TIME_RANGE",
      bounds: delay,
      entry: imageResults.request
    },
    {
      type: "TIMESPAN_BREAKDOWN",
      sections: [{
        bounds: delay,
        // This is overridden in the component.
        label: `${imageResults.discoveryDelay} microseconds`,
        showDuration: false
      }],
      entry: imageResults.request,
      renderLocation: "ABOVE_EVENT"
    }
  ];
}
__name(createOverlays11, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js
var LegacyJavaScript_exports = {};
__export(LegacyJavaScript_exports, {
  UIStrings: () => UIStrings12,
  createOverlays: () => createOverlays12,
  generateInsight: () => generateInsight12,
  i18nString: () => i18nString12,
  isLegacyJavaScript: () => isLegacyJavaScript
});

// node_modules/legacy-javascript/legacy-javascript.js
var legacy_javascript_exports = {};
__export(legacy_javascript_exports, {
  detectLegacyJavaScript: () => detectLegacyJavaScript,
  getCoreJsPolyfillData: () => getCoreJsPolyfillData,
  getTransformPatterns: () => getTransformPatterns
});
var polyfill_module_data_default = [
  {
    name: "focus-visible",
    modules: [
      "focus-visible"
    ]
  },
  {
    name: "Error.prototype.cause",
    modules: [
      "es.error.cause"
    ]
  },
  {
    name: "Array.prototype.at",
    modules: [
      "es.array.at",
      "esnext.array.at"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.concat",
    modules: [
      "es.array.concat"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.copyWithin",
    modules: [
      "es.array.copy-within"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.every",
    modules: [
      "es.array.every"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.fill",
    modules: [
      "es.array.fill"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.filter",
    modules: [
      "es.array.filter"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.find",
    modules: [
      "es.array.find"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.findIndex",
    modules: [
      "es.array.find-index"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.findLast",
    modules: [
      "es.array.find-last",
      "esnext.array.find-last"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.findLastIndex",
    modules: [
      "es.array.find-last-index",
      "esnext.array.find-last-index"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.flat",
    modules: [
      "es.array.flat"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.flatMap",
    modules: [
      "es.array.flat-map"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.forEach",
    modules: [
      "es.array.for-each"
    ],
    corejs: true
  },
  {
    name: "Array.from",
    modules: [
      "es.array.from"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.includes",
    modules: [
      "es.array.includes"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.indexOf",
    modules: [
      "es.array.index-of"
    ],
    corejs: true
  },
  {
    name: "Array.isArray",
    modules: [
      "es.array.is-array"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.join",
    modules: [
      "es.array.join"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.map",
    modules: [
      "es.array.map"
    ],
    corejs: true
  },
  {
    name: "Array.of",
    modules: [
      "es.array.of"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.slice",
    modules: [
      "es.array.slice"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.some",
    modules: [
      "es.array.some"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.sort",
    modules: [
      "es.array.sort"
    ],
    corejs: true
  },
  {
    name: "Array.prototype.unshift",
    modules: [
      "es.array.unshift"
    ],
    corejs: true
  },
  {
    name: "Math.acosh",
    modules: [
      "es.math.acosh"
    ],
    corejs: true
  },
  {
    name: "Math.asinh",
    modules: [
      "es.math.asinh"
    ],
    corejs: true
  },
  {
    name: "Math.atanh",
    modules: [
      "es.math.atanh"
    ],
    corejs: true
  },
  {
    name: "Math.cbrt",
    modules: [
      "es.math.cbrt"
    ],
    corejs: true
  },
  {
    name: "Math.clz32",
    modules: [
      "es.math.clz32"
    ],
    corejs: true
  },
  {
    name: "Math.cosh",
    modules: [
      "es.math.cosh"
    ],
    corejs: true
  },
  {
    name: "Math.expm1",
    modules: [
      "es.math.expm1"
    ],
    corejs: true
  },
  {
    name: "Math.fround",
    modules: [
      "es.math.fround"
    ],
    corejs: true
  },
  {
    name: "Math.hypot",
    modules: [
      "es.math.hypot"
    ],
    corejs: true
  },
  {
    name: "Math.imul",
    modules: [
      "es.math.imul"
    ],
    corejs: true
  },
  {
    name: "Math.log10",
    modules: [
      "es.math.log10"
    ],
    corejs: true
  },
  {
    name: "Math.log1p",
    modules: [
      "es.math.log1p"
    ],
    corejs: true
  },
  {
    name: "Math.log2",
    modules: [
      "es.math.log2"
    ],
    corejs: true
  },
  {
    name: "Math.sign",
    modules: [
      "es.math.sign"
    ],
    corejs: true
  },
  {
    name: "Math.sinh",
    modules: [
      "es.math.sinh"
    ],
    corejs: true
  },
  {
    name: "Math.tanh",
    modules: [
      "es.math.tanh"
    ],
    corejs: true
  },
  {
    name: "Math.trunc",
    modules: [
      "es.math.trunc"
    ],
    corejs: true
  },
  {
    name: "Object.assign",
    modules: [
      "es.object.assign"
    ],
    corejs: true
  },
  {
    name: "Object.create",
    modules: [
      "es.object.create"
    ],
    corejs: true
  },
  {
    name: "Object.entries",
    modules: [
      "es.object.entries"
    ],
    corejs: true
  },
  {
    name: "Object.freeze",
    modules: [
      "es.object.freeze"
    ],
    corejs: true
  },
  {
    name: "Object.fromEntries",
    modules: [
      "es.object.from-entries"
    ],
    corejs: true
  },
  {
    name: "Object.getOwnPropertyDescriptor",
    modules: [
      "es.object.get-own-property-descriptor"
    ],
    corejs: true
  },
  {
    name: "Object.getOwnPropertyDescriptors",
    modules: [
      "es.object.get-own-property-descriptors"
    ],
    corejs: true
  },
  {
    name: "Object.getPrototypeOf",
    modules: [
      "es.object.get-prototype-of"
    ],
    corejs: true
  },
  {
    name: "Object.hasOwn",
    modules: [
      "es.object.has-own",
      "esnext.object.has-own"
    ],
    corejs: true
  },
  {
    name: "Object.is",
    modules: [
      "es.object.is"
    ],
    corejs: true
  },
  {
    name: "Object.isExtensible",
    modules: [
      "es.object.is-extensible"
    ],
    corejs: true
  },
  {
    name: "Object.isFrozen",
    modules: [
      "es.object.is-frozen"
    ],
    corejs: true
  },
  {
    name: "Object.isSealed",
    modules: [
      "es.object.is-sealed"
    ],
    corejs: true
  },
  {
    name: "Object.keys",
    modules: [
      "es.object.keys"
    ],
    corejs: true
  },
  {
    name: "Object.preventExtensions",
    modules: [
      "es.object.prevent-extensions"
    ],
    corejs: true
  },
  {
    name: "Object.seal",
    modules: [
      "es.object.seal"
    ],
    corejs: true
  },
  {
    name: "Object.setPrototypeOf",
    modules: [
      "es.object.set-prototype-of"
    ],
    corejs: true
  },
  {
    name: "Object.values",
    modules: [
      "es.object.values"
    ],
    corejs: true
  },
  {
    name: "Promise.any",
    modules: [
      "es.promise.any",
      "esnext.promise.any"
    ],
    corejs: true
  },
  {
    name: "Reflect.apply",
    modules: [
      "es.reflect.apply"
    ],
    corejs: true
  },
  {
    name: "Reflect.construct",
    modules: [
      "es.reflect.construct"
    ],
    corejs: true
  },
  {
    name: "Reflect.deleteProperty",
    modules: [
      "es.reflect.delete-property"
    ],
    corejs: true
  },
  {
    name: "Reflect.get",
    modules: [
      "es.reflect.get"
    ],
    corejs: true
  },
  {
    name: "Reflect.getOwnPropertyDescriptor",
    modules: [
      "es.reflect.get-own-property-descriptor"
    ],
    corejs: true
  },
  {
    name: "Reflect.getPrototypeOf",
    modules: [
      "es.reflect.get-prototype-of"
    ],
    corejs: true
  },
  {
    name: "Reflect.has",
    modules: [
      "es.reflect.has"
    ],
    corejs: true
  },
  {
    name: "Reflect.isExtensible",
    modules: [
      "es.reflect.is-extensible"
    ],
    corejs: true
  },
  {
    name: "Reflect.ownKeys",
    modules: [
      "es.reflect.own-keys"
    ],
    corejs: true
  },
  {
    name: "Reflect.preventExtensions",
    modules: [
      "es.reflect.prevent-extensions"
    ],
    corejs: true
  },
  {
    name: "Reflect.setPrototypeOf",
    modules: [
      "es.reflect.set-prototype-of"
    ],
    corejs: true
  },
  {
    name: "String.prototype.codePointAt",
    modules: [
      "es.string.code-point-at"
    ],
    corejs: true
  },
  {
    name: "String.prototype.endsWith",
    modules: [
      "es.string.ends-with"
    ],
    corejs: true
  },
  {
    name: "String.fromCodePoint",
    modules: [
      "es.string.from-code-point"
    ],
    corejs: true
  },
  {
    name: "String.prototype.includes",
    modules: [
      "es.string.includes"
    ],
    corejs: true
  },
  {
    name: "String.prototype.matchAll",
    modules: [
      "es.string.match-all",
      "esnext.string.match-all"
    ],
    corejs: true
  },
  {
    name: "String.raw",
    modules: [
      "es.string.raw"
    ],
    corejs: true
  },
  {
    name: "String.prototype.repeat",
    modules: [
      "es.string.repeat"
    ],
    corejs: true
  },
  {
    name: "String.prototype.replaceAll",
    modules: [
      "es.string.replace-all",
      "esnext.string.replace-all"
    ],
    corejs: true
  },
  {
    name: "String.prototype.startsWith",
    modules: [
      "es.string.starts-with"
    ],
    corejs: true
  },
  {
    name: "String.prototype.substr",
    modules: [
      "es.string.substr"
    ],
    corejs: true
  },
  {
    name: "String.prototype.trim",
    modules: [
      "es.string.trim"
    ],
    corejs: true
  },
  {
    name: "String.prototype.trimEnd",
    modules: [
      "es.string.trim-end"
    ],
    corejs: true
  },
  {
    name: "String.prototype.trimStart",
    modules: [
      "es.string.trim-start"
    ],
    corejs: true
  },
  {
    name: "String.prototype.link",
    modules: [
      "es.string.link"
    ],
    corejs: true
  },
  {
    name: "Promise.allSettled",
    modules: [
      "esnext.promise.all-settled"
    ],
    corejs: true
  }
];
var polyfill_graph_data_default = {
  moduleSizes: [26070, 498, 282, 294, 281, 467, 161, 236, 229, 765, 546, 339, 1608, 723, 729, 1545, 438, 214, 657, 111, 759, 537, 209, 281, 685, 217, 757, 631, 293, 182, 475, 79, 407, 140, 366, 792, 269, 222, 158, 280, 188, 137, 158, 105, 189, 543, 160, 742, 1436, 88, 904, 146, 314, 375, 183, 1083, 195, 503, 269, 208, 334, 350, 460, 568, 229, 1155, 334, 266, 30, 120, 309, 370, 358, 1952, 1638, 304, 153, 274, 1288, 192, 543, 74, 144, 137, 33, 336, 457, 2122, 535, 711, 1323, 117, 1961, 244, 557, 318, 119, 124, 108, 144, 96, 133, 441, 210, 1627, 1956, 693, 1426, 863, 637, 301, 51, 708, 583, 119, 600, 221, 370, 728, 1085, 552, 629, 125, 1746, 97, 441, 543, 2756, 371, 447, 548, 243, 266, 217, 99, 440, 183, 546, 137, 464, 207, 983, 503, 237, 382, 249, 675, 402, 254, 223, 164, 214, 191, 831, 218, 202, 232, 124, 249, 160, 251, 217, 717, 78, 561, 1627, 256, 386, 225, 432, 499, 394, 364, 445, 634, 667, 177, 346, 470, 663, 142, 588, 414, 617, 1559, 380, 2520, 1040, 417, 289, 238, 220, 214, 303, 163, 141, 510, 397, 137, 137, 133, 133, 390, 266, 137, 183, 215, 191, 485, 328, 575, 799, 533, 148, 215, 589, 589, 130, 362, 562, 471, 179, 186, 1266, 1456, 521, 1536, 427, 444, 406, 912, 150, 283, 144, 485, 470, 205, 1268, 796, 658, 306, 3751, 814, 146, 2328, 1226, 922, 237, 206, 198, 250, 283, 60, 3e3],
  dependencies: {
    "Array.prototype.at": [0, 5, 69, 105, 106, 116, 164],
    "Array.prototype.concat": [0, 16, 21, 22, 26, 34, 40, 76, 78, 155, 165],
    "Array.prototype.copyWithin": [0, 5, 9, 37, 69, 105, 106, 116, 166],
    "Array.prototype.every": [0, 15, 17, 21, 22, 26, 53, 59, 76, 78, 155, 167],
    "Array.prototype.fill": [0, 5, 10, 69, 105, 106, 116, 168],
    "Array.prototype.filter": [0, 15, 16, 21, 22, 26, 53, 59, 76, 78, 155, 169],
    "Array.prototype.find": [0, 5, 15, 21, 22, 26, 53, 59, 69, 76, 78, 105, 106, 116, 155, 173],
    "Array.prototype.findIndex": [0, 5, 15, 21, 22, 26, 53, 59, 69, 76, 78, 105, 106, 116, 155, 170],
    "Array.prototype.findLast": [0, 5, 14, 53, 59, 69, 105, 106, 116, 172],
    "Array.prototype.findLastIndex": [0, 5, 14, 53, 59, 69, 105, 106, 116, 171],
    "Array.prototype.flat": [0, 21, 22, 26, 40, 50, 53, 59, 76, 78, 155, 175],
    "Array.prototype.flatMap": [0, 21, 22, 26, 40, 50, 53, 59, 76, 78, 155, 174],
    "Array.prototype.forEach": [0, 11, 15, 17, 21, 22, 26, 53, 59, 76, 78, 155, 176],
    "Array.from": [0, 12, 23, 24, 26, 34, 53, 59, 62, 63, 75, 78, 88, 155, 177],
    "Array.prototype.includes": [0, 5, 69, 105, 106, 116, 178],
    "Array.prototype.indexOf": [0, 17, 59, 179],
    "Array.isArray": [0, 76, 180],
    "Array.prototype.join": [0, 17, 181],
    "Array.prototype.map": [0, 15, 16, 21, 22, 26, 53, 59, 76, 78, 155, 182],
    "Array.of": [0, 26, 34, 78, 155, 183],
    "Array.prototype.slice": [0, 16, 19, 26, 34, 76, 78, 155, 184],
    "Array.prototype.some": [0, 15, 17, 21, 22, 26, 53, 59, 76, 78, 155, 185],
    "Array.prototype.sort": [0, 17, 19, 20, 26, 37, 42, 43, 46, 155, 156, 186],
    "Array.prototype.unshift": [0, 18, 37, 40, 76, 187],
    "Math.acosh": [0, 97, 188],
    "Math.asinh": [0, 189],
    "Math.atanh": [0, 190],
    "Math.cbrt": [0, 100, 191],
    "Math.clz32": [0, 192],
    "Math.cosh": [0, 93, 193],
    "Math.expm1": [0, 93, 194],
    "Math.fround": [0, 94, 95, 99, 100, 195],
    "Math.hypot": [0, 196],
    "Math.imul": [0, 197],
    "Math.log10": [0, 96, 198],
    "Math.log1p": [0, 97, 199],
    "Math.log2": [0, 98, 200],
    "Math.sign": [0, 100, 201],
    "Math.sinh": [0, 93, 202],
    "Math.tanh": [0, 93, 203],
    "Math.trunc": [0, 204],
    "Object.assign": [0, 104, 116, 205],
    "Object.create": [0, 69, 105, 106, 116, 206],
    "Object.entries": [0, 29, 112, 116, 119, 207],
    "Object.freeze": [0, 8, 19, 51, 73, 109, 113, 208],
    "Object.fromEntries": [0, 26, 34, 53, 59, 62, 63, 75, 87, 88, 155, 209],
    "Object.getOwnPropertyDescriptor": [0, 210],
    "Object.getOwnPropertyDescriptors": [0, 34, 211],
    "Object.getPrototypeOf": [0, 29, 112, 212],
    "Object.hasOwn": [0, 213],
    "Object.is": [0, 134, 217],
    "Object.isExtensible": [0, 8, 113, 214],
    "Object.isFrozen": [0, 8, 215],
    "Object.isSealed": [0, 8, 216],
    "Object.keys": [0, 116, 218],
    "Object.preventExtensions": [0, 8, 19, 51, 73, 109, 113, 219],
    "Object.seal": [0, 8, 19, 51, 73, 109, 113, 220],
    "Object.setPrototypeOf": [0, 4, 58, 83, 118, 221],
    "Object.values": [0, 29, 112, 116, 119, 222],
    "Promise.any": [0, 24, 26, 47, 53, 59, 62, 63, 75, 87, 88, 102, 122, 123, 124, 125, 155, 224],
    "Reflect.apply": [0, 52, 225],
    "Reflect.construct": [0, 3, 19, 26, 52, 55, 69, 78, 105, 106, 116, 155, 226],
    "Reflect.deleteProperty": [0, 227],
    "Reflect.get": [0, 29, 79, 112, 230],
    "Reflect.getOwnPropertyDescriptor": [0, 228],
    "Reflect.getPrototypeOf": [0, 29, 112, 229],
    "Reflect.has": [0, 231],
    "Reflect.isExtensible": [0, 8, 113, 232],
    "Reflect.ownKeys": [0, 233],
    "Reflect.preventExtensions": [0, 51, 234],
    "Reflect.setPrototypeOf": [0, 4, 58, 83, 118, 235],
    "String.prototype.codePointAt": [0, 26, 141, 155, 156, 236],
    "String.prototype.endsWith": [0, 26, 28, 59, 85, 103, 155, 156, 237],
    "String.fromCodePoint": [0, 238],
    "String.prototype.includes": [0, 26, 28, 85, 103, 155, 156, 239],
    "String.prototype.matchAll": [0, 3, 6, 26, 29, 31, 59, 69, 78, 85, 89, 90, 105, 106, 112, 116, 126, 127, 128, 129, 130, 131, 132, 135, 139, 141, 155, 156, 241],
    "String.raw": [0, 26, 155, 156, 242],
    "String.prototype.repeat": [0, 26, 142, 155, 156, 243],
    "String.prototype.replaceAll": [0, 26, 65, 85, 128, 129, 155, 156, 244],
    "String.prototype.startsWith": [0, 26, 28, 59, 85, 103, 155, 156, 245],
    "String.prototype.substr": [0, 26, 155, 156, 246],
    "String.prototype.trim": [0, 26, 144, 146, 155, 156, 163, 251],
    "String.prototype.trimEnd": [0, 26, 143, 144, 146, 155, 156, 163, 247, 249],
    "String.prototype.trimStart": [0, 26, 144, 145, 146, 155, 156, 163, 248, 250],
    "String.prototype.link": [0, 26, 30, 140, 155, 156, 240],
    "Promise.allSettled": [0, 24, 26, 47, 53, 59, 62, 63, 75, 87, 88, 102, 122, 123, 124, 125, 155, 223, 252],
    "focus-visible": [253]
  },
  maxSize: 155835
};
var polyfillModuleData = polyfill_module_data_default;
var graph = polyfill_graph_data_default;
var CodePatternMatcher = class {
  static {
    __name(this, "CodePatternMatcher");
  }
  /**
   * @param {Pattern[]} patterns
   */
  constructor(patterns) {
    this.patterns = patterns;
  }
  /**
   * @param {string} code
   * @return {PatternMatchResult[]}
   */
  match(code) {
    if (!this.re) {
      const patternsExpression = this.patterns.map((pattern) => `(${pattern.expression})`).join("|");
      this.re = new RegExp(`(^\r
|\r|
)|${patternsExpression}`, "g");
    }
    this.re.lastIndex = 0;
    const seen = /* @__PURE__ */ new Set();
    const matches = [];
    let result;
    let line = 0;
    let lineBeginsAtIndex = 0;
    while ((result = this.re.exec(code)) !== null) {
      const captureGroups = result.slice(1);
      const [isNewline, ...patternExpressionMatches] = captureGroups;
      if (isNewline) {
        line++;
        lineBeginsAtIndex = result.index + 1;
        continue;
      }
      const pattern = this.patterns[patternExpressionMatches.findIndex(Boolean)];
      if (seen.has(pattern)) {
        continue;
      }
      seen.add(pattern);
      matches.push({
        name: pattern.name,
        line,
        column: result.index - lineBeginsAtIndex
      });
    }
    return matches;
  }
};
function buildPolyfillExpression(object, property, coreJs3Module) {
  const qt = /* @__PURE__ */ __name((token) => `['"]${token}['"]`, "qt");
  let expression = "";
  if (object) {
    expression += `${object}\\.${property}\\s?=[^=]`;
  } else {
    expression += `(?:window\\.|[\\s;]+)${property}\\s?=[^=]`;
  }
  if (object) {
    expression += `|${object}\\[${qt(property)}\\]\\s?=[^=]`;
  }
  expression += `|defineProperty\\(${object || "window"},\\s?${qt(property)}`;
  if (object) {
    expression += `|\\(${object},\\s*{${property}:.*},\\s*{${property}`;
  }
  if (object) {
    const objectWithoutPrototype = object.replace(".prototype", "");
    expression += `|{target:${qt(objectWithoutPrototype)}[^;]*},{${property}:`;
  } else {
  }
  expression += `|${coreJs3Module.replaceAll(".", "\\.")}(?:\\.js)?"`;
  return expression;
}
__name(buildPolyfillExpression, "buildPolyfillExpression");
function getCoreJsPolyfillData() {
  return polyfillModuleData.filter((d) => d.corejs).map((d) => {
    return {
      name: d.name,
      coreJs3Module: d.modules[0]
    };
  });
}
__name(getCoreJsPolyfillData, "getCoreJsPolyfillData");
function getPolyfillPatterns() {
  const patterns = [];
  for (const { name, coreJs3Module } of getCoreJsPolyfillData()) {
    const parts = name.split(".");
    const object = parts.length > 1 ? parts.slice(0, parts.length - 1).join(".") : null;
    const property = parts[parts.length - 1];
    patterns.push({
      name,
      expression: buildPolyfillExpression(object, property, coreJs3Module)
    });
  }
  return patterns;
}
__name(getPolyfillPatterns, "getPolyfillPatterns");
function getTransformPatterns() {
  const count = /* @__PURE__ */ __name((content, pattern) => {
    if (typeof pattern === "string") {
      return content.split(pattern).length - 1;
    }
    return (content.match(pattern) ?? []).length;
  }, "count");
  return [
    // @babel/plugin-transform-classes
    //
    // input:
    //
    // class MyTestClass {
    //   log() {
    //     console.log(1);
    //   }
    // };
    //
    // output:
    //
    // function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
    // function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey(o.key), o); } }
    // function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
    // function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
    // function _toPrimitive(t, r) { if ("object" != typeof t || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
    // let MyTestClass = function () {
    //   function MyTestClass() {
    //     _classCallCheck(this, MyTestClass);
    //   }
    //   return _createClass(MyTestClass, [{
    //     key: "log",
    //     value: function log() {
    //       console.log(1);
    //     }
    //   }]);
    // }();
    {
      name: "@babel/plugin-transform-classes",
      expression: "Cannot call a class as a function",
      estimateBytes: /* @__PURE__ */ __name((content) => {
        return 1e3 + (count(content, "_classCallCheck") - 1) * "_classCallCheck()".length;
      }, "estimateBytes")
    },
    {
      name: "@babel/plugin-transform-regenerator",
      expression: "Generator is already running|regeneratorRuntime",
      // Example of this transform: https://gist.github.com/connorjclark/af8bccfff377ac44efc104a79bc75da2
      // `regeneratorRuntime.awrap` is generated for every usage of `await`, and adds ~80 bytes each.
      estimateBytes: /* @__PURE__ */ __name((content) => {
        return count(content, /regeneratorRuntime\(?\)?\.a?wrap/g) * 80;
      }, "estimateBytes")
    },
    {
      name: "@babel/plugin-transform-spread",
      expression: "Invalid attempt to spread non-iterable instance",
      estimateBytes: /* @__PURE__ */ __name((content) => {
        const per = "_toConsumableArray()".length;
        return 1169 + count(content, /\.apply\(void 0,\s?_toConsumableArray/g) * per;
      }, "estimateBytes")
    }
  ];
}
__name(getTransformPatterns, "getTransformPatterns");
function estimateWastedBytes(content, matches) {
  const polyfillResults = matches.filter((m) => !m.name.startsWith("@"));
  const transformResults = matches.filter((m) => m.name.startsWith("@"));
  let estimatedWastedBytesFromPolyfills = 0;
  const modulesSeen = /* @__PURE__ */ new Set();
  for (const result of polyfillResults) {
    const modules = graph.dependencies[result.name];
    if (!modules)
      continue;
    for (const module of modules) {
      modulesSeen.add(module);
    }
  }
  estimatedWastedBytesFromPolyfills += [...modulesSeen].reduce((acc, moduleIndex) => {
    return acc + graph.moduleSizes[moduleIndex];
  }, 0);
  estimatedWastedBytesFromPolyfills = Math.min(estimatedWastedBytesFromPolyfills, graph.maxSize);
  let estimatedWastedBytesFromTransforms = 0;
  for (const result of transformResults) {
    const pattern = getTransformPatterns().find((p) => p.name === result.name);
    if (!pattern || !pattern.estimateBytes || !content)
      continue;
    estimatedWastedBytesFromTransforms += pattern.estimateBytes(content);
  }
  const estimatedWastedBytes = estimatedWastedBytesFromPolyfills + estimatedWastedBytesFromTransforms;
  return estimatedWastedBytes;
}
__name(estimateWastedBytes, "estimateWastedBytes");
var matcher = new CodePatternMatcher([
  ...getPolyfillPatterns(),
  ...getTransformPatterns()
]);
function detectLegacyJavaScript(content, map) {
  if (!content)
    return { matches: [], estimatedByteSavings: 0 };
  let matches = matcher.match(content);
  if (map) {
    for (const { name, modules } of polyfillModuleData) {
      if (matches.some((m) => m.name === name))
        continue;
      const source = map.sourceURLs().find((source2) => modules.some((module) => {
        return source2.endsWith(`/${module}.js`) || source2.includes(`node_modules/${module}/`);
      }));
      if (!source)
        continue;
      const mapping = map.mappings().find((m) => m.sourceURL === source);
      if (mapping) {
        matches.push({ name, line: mapping.lineNumber, column: mapping.columnNumber });
      } else {
        matches.push({ name, line: 0, column: 0 });
      }
    }
  }
  matches = matches.sort((a, b) => a.name > b.name ? 1 : a.name === b.name ? 0 : -1);
  return {
    matches,
    estimatedByteSavings: estimateWastedBytes(content, matches)
  };
}
__name(detectLegacyJavaScript, "detectLegacyJavaScript");

// node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js
var { detectLegacyJavaScript: detectLegacyJavaScript2 } = legacy_javascript_exports;
var UIStrings12 = {
  /**
   * @description Title of an insight that identifies polyfills for modern JavaScript features, and recommends their removal.
   */
  title: "Legacy JavaScript",
  /**
   * @description Description of an insight that identifies polyfills for modern JavaScript features, and recommends their removal.
   */
  description: "Polyfills and transforms enable older browsers to use new JavaScript features. However, many aren't necessary for modern browsers. Consider modifying your JavaScript build process to not transpile [Baseline](https://web.dev/articles/baseline-and-polyfills) features, unless you know you must support older browsers. [Learn why most sites can deploy ES6+ code without transpiling](https://developer.chrome.com/docs/performance/insights/legacy-javascript)",
  /** Label for a column in a data table; entries will be the individual JavaScript scripts. */
  columnScript: "Script",
  /** Label for a column in a data table; entries will be the number of wasted bytes (aka the estimated savings in terms of bytes). */
  columnWastedBytes: "Wasted bytes",
  /**
   * @description Message shown when no legacy JavaScript is found.
   */
  noLegacyJavaScript: "No legacy JavaScript found"
};
var i18nString12 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var BYTE_THRESHOLD = 5e3;
function finalize42(partialModel) {
  const requests = [...partialModel.legacyJavaScriptResults.keys()].map((script) => script.request).filter((e) => !!e);
  return {
    insightKey: InsightKeys.LEGACY_JAVASCRIPT,
    strings: UIStrings12,
    title: i18nString12(UIStrings12.title),
    description: i18nString12(UIStrings12.description),
    docs: "https://developer.chrome.com/docs/performance/insights/legacy-javascript",
    category: InsightCategory.ALL,
    state: requests.length ? "fail" : "pass",
    relatedEvents: [...new Set(requests)],
    ...partialModel
  };
}
__name(finalize42, "finalize");
function isLegacyJavaScript(model2) {
  return model2.insightKey === InsightKeys.LEGACY_JAVASCRIPT;
}
__name(isLegacyJavaScript, "isLegacyJavaScript");
function generateInsight12(data31, context) {
  const scripts = data31.Scripts.scripts.filter((script) => {
    if (script.frame !== context.frameId) {
      return false;
    }
    if (script.url?.startsWith("chrome-extension://")) {
      return false;
    }
    return Timing_exports3.timestampIsInBounds(context.bounds, script.ts) || script.request && Timing_exports3.eventIsInBounds(script.request, context.bounds);
  });
  const legacyJavaScriptResults = /* @__PURE__ */ new Map();
  const wastedBytesByRequestId = /* @__PURE__ */ new Map();
  for (const script of scripts) {
    if (!script.content || script.content.length < BYTE_THRESHOLD) {
      continue;
    }
    const result = detectLegacyJavaScript2(script.content, script.sourceMap);
    if (result.estimatedByteSavings < BYTE_THRESHOLD) {
      continue;
    }
    const compressionRatio = estimateCompressionRatioForScript(script);
    const transferSize = Math.round(result.estimatedByteSavings * compressionRatio);
    result.estimatedByteSavings = transferSize;
    legacyJavaScriptResults.set(script, result);
    if (script.request) {
      const requestId = script.request.args.data.requestId;
      wastedBytesByRequestId.set(requestId, transferSize);
    }
  }
  const sorted2 = new Map([...legacyJavaScriptResults].sort((a, b) => b[1].estimatedByteSavings - a[1].estimatedByteSavings));
  return finalize42({
    legacyJavaScriptResults: sorted2,
    metricSavings: metricSavingsForWastedBytes(wastedBytesByRequestId, context),
    wastedBytes: wastedBytesByRequestId.values().reduce((acc, cur) => acc + cur, 0)
  });
}
__name(generateInsight12, "generateInsight");
function createOverlays12(model2) {
  return [...model2.legacyJavaScriptResults.keys()].map((script) => script.request).filter((e) => !!e).map((request) => {
    return {
      type: "ENTRY_OUTLINE",
      entry: request,
      outlineReason: "ERROR"
    };
  });
}
__name(createOverlays12, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js
var ModernHTTP_exports = {};
__export(ModernHTTP_exports, {
  UIStrings: () => UIStrings13,
  createOverlayForRequest: () => createOverlayForRequest3,
  createOverlays: () => createOverlays13,
  determineHttp1Requests: () => determineHttp1Requests,
  generateInsight: () => generateInsight13,
  i18nString: () => i18nString13,
  isModernHTTPInsight: () => isModernHTTPInsight
});
var UIStrings13 = {
  /**
   * @description Title of an insight that recommends using HTTP/2 over HTTP/1.1 because of the performance benefits. "HTTP" should not be translated.
   */
  title: "Modern HTTP",
  /**
   * @description Description of an insight that recommends recommends using HTTP/2 over HTTP/1.1 because of the performance benefits. "HTTP" should not be translated.
   */
  description: "HTTP/2 and HTTP/3 offer many benefits over HTTP/1.1, such as multiplexing. [Learn more about using modern HTTP](https://developer.chrome.com/docs/performance/insights/modern-http).",
  /**
   * @description Column header for a table where each cell represents a network request.
   */
  request: "Request",
  /**
   * @description Column header for a table where each cell represents the protocol of a network request.
   */
  protocol: "Protocol",
  /**
   * @description Text explaining that there were not requests that were slowed down by using HTTP/1.1. "HTTP/1.1" should not be translated.
   */
  noOldProtocolRequests: "No requests used HTTP/1.1, or its current use of HTTP/1.1 does not present a significant optimization opportunity. HTTP/1.1 requests are only flagged if six or more static assets originate from the same origin, and they are not served from a local development environment or a third-party source."
};
var i18nString13 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function isModernHTTPInsight(model2) {
  return model2.insightKey === InsightKeys.MODERN_HTTP;
}
__name(isModernHTTPInsight, "isModernHTTPInsight");
function isMultiplexableStaticAsset(request, entityMappings3, firstPartyEntity) {
  if (!Network_exports.STATIC_RESOURCE_TYPES.has(request.args.data.resourceType)) {
    return false;
  }
  if (request.args.data.decodedBodyLength < 100) {
    const entity = entityMappings3.entityByEvent.get(request);
    if (entity) {
      if (firstPartyEntity?.name === entity.name) {
        return true;
      }
      if (!entity.isUnrecognized) {
        return false;
      }
    }
  }
  return true;
}
__name(isMultiplexableStaticAsset, "isMultiplexableStaticAsset");
function determineHttp1Requests(requests, entityMappings3, firstPartyEntity) {
  const http1Requests = [];
  const groupedByOrigin = /* @__PURE__ */ new Map();
  for (const record of requests) {
    const url = new URL(record.args.data.url);
    if (!isMultiplexableStaticAsset(record, entityMappings3, firstPartyEntity)) {
      continue;
    }
    if (Network_exports.isSyntheticNetworkRequestLocalhost(record)) {
      continue;
    }
    const originRequests = MapUtilities_exports.getWithDefault(groupedByOrigin, url.origin, () => []);
    originRequests.push(record);
  }
  const seenURLs = /* @__PURE__ */ new Set();
  for (const request of requests) {
    if (seenURLs.has(request.args.data.url)) {
      continue;
    }
    if (request.args.data.fromServiceWorker) {
      continue;
    }
    const isOldHttp = /HTTP\/[01][.\d]?/i.test(request.args.data.protocol);
    if (!isOldHttp) {
      continue;
    }
    const url = new URL(request.args.data.url);
    const group = groupedByOrigin.get(url.origin) || [];
    if (group.length < 6) {
      continue;
    }
    seenURLs.add(request.args.data.url);
    http1Requests.push(request);
  }
  return http1Requests;
}
__name(determineHttp1Requests, "determineHttp1Requests");
function computeWasteWithGraph(urlsToChange, graph2, simulator) {
  const simulationBefore = simulator.simulate(graph2);
  const originalProtocols = /* @__PURE__ */ new Map();
  graph2.traverse((node) => {
    if (node.type !== "network") {
      return;
    }
    if (!urlsToChange.has(node.request.url)) {
      return;
    }
    originalProtocols.set(node.request.requestId, node.request.protocol);
    node.request.protocol = "h2";
  });
  const simulationAfter = simulator.simulate(graph2);
  graph2.traverse((node) => {
    if (node.type !== "network") {
      return;
    }
    const originalProtocol = originalProtocols.get(node.request.requestId);
    if (originalProtocol === void 0) {
      return;
    }
    node.request.protocol = originalProtocol;
  });
  const savings = simulationBefore.timeInMs - simulationAfter.timeInMs;
  return NumberUtilities_exports.floor(savings, 1 / 10);
}
__name(computeWasteWithGraph, "computeWasteWithGraph");
function computeMetricSavings(http1Requests, context) {
  if (!context.navigation || !context.lantern) {
    return;
  }
  const urlsToChange = new Set(http1Requests.map((r) => r.args.data.url));
  const fcpGraph = context.lantern.metrics.firstContentfulPaint.optimisticGraph;
  const lcpGraph = context.lantern.metrics.largestContentfulPaint.optimisticGraph;
  return {
    FCP: computeWasteWithGraph(urlsToChange, fcpGraph, context.lantern.simulator),
    LCP: computeWasteWithGraph(urlsToChange, lcpGraph, context.lantern.simulator)
  };
}
__name(computeMetricSavings, "computeMetricSavings");
function finalize43(partialModel) {
  return {
    insightKey: InsightKeys.MODERN_HTTP,
    strings: UIStrings13,
    title: i18nString13(UIStrings13.title),
    description: i18nString13(UIStrings13.description),
    docs: "https://developer.chrome.com/docs/performance/insights/modern-http",
    category: InsightCategory.LCP,
    state: partialModel.http1Requests.length > 0 ? "fail" : "pass",
    ...partialModel,
    relatedEvents: partialModel.http1Requests
  };
}
__name(finalize43, "finalize");
function generateInsight13(data31, context) {
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const contextRequests = data31.NetworkRequests.byTime.filter(isWithinContext);
  const entityMappings3 = data31.NetworkRequests.entityMappings;
  const firstPartyUrl = context.navigation?.args.data?.documentLoaderURL ?? data31.Meta.mainFrameURL;
  const firstPartyEntity = helpers_exports.getEntityForUrl(firstPartyUrl, entityMappings3);
  const http1Requests = determineHttp1Requests(contextRequests, entityMappings3, firstPartyEntity ?? null);
  return finalize43({
    http1Requests,
    metricSavings: computeMetricSavings(http1Requests, context)
  });
}
__name(generateInsight13, "generateInsight");
function createOverlayForRequest3(request) {
  return {
    type: "ENTRY_OUTLINE",
    entry: request,
    outlineReason: "ERROR"
  };
}
__name(createOverlayForRequest3, "createOverlayForRequest");
function createOverlays13(model2) {
  return model2.http1Requests.map((req) => createOverlayForRequest3(req)) ?? [];
}
__name(createOverlays13, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js
var NetworkDependencyTree_exports = {};
__export(NetworkDependencyTree_exports, {
  ParsedURL: () => ParsedURL,
  TOO_MANY_PRECONNECTS_THRESHOLD: () => TOO_MANY_PRECONNECTS_THRESHOLD,
  UIStrings: () => UIStrings14,
  createOverlays: () => createOverlays14,
  generateInsight: () => generateInsight14,
  generatePreconnectCandidates: () => generatePreconnectCandidates,
  generatePreconnectedOrigins: () => generatePreconnectedOrigins,
  handleLinkResponseHeader: () => handleLinkResponseHeader,
  i18nString: () => i18nString14,
  isNetworkDependencyTreeInsight: () => isNetworkDependencyTreeInsight,
  normalizePath: () => normalizePath,
  schemeIs: () => schemeIs
});
var UIStrings14 = {
  /**
   * @description Title of an insight that recommends avoiding chaining critical requests.
   */
  title: "Network dependency tree",
  /**
   * @description Description of an insight that recommends avoiding chaining critical requests.
   */
  description: "[Avoid chaining critical requests](https://developer.chrome.com/docs/performance/insights/network-dependency-tree) by reducing the length of chains, reducing the download size of resources, or deferring the download of unnecessary resources to improve page load.",
  /**
   * @description Description of the warning that recommends avoiding chaining critical requests.
   */
  warningDescription: "Avoid chaining critical requests by reducing the length of chains, reducing the download size of resources, or deferring the download of unnecessary resources to improve page load.",
  /**
   * @description Text status indicating that there isn't long chaining critical network requests.
   */
  noNetworkDependencyTree: "No rendering tasks impacted by network dependencies",
  /**
   * @description Text for the maximum critical path latency. This refers to the longest chain of network requests that
   * the browser must download before it can render the page.
   */
  maxCriticalPathLatency: "Max critical path latency:",
  /** Label for a column in a data table; entries will be the network request */
  columnRequest: "Request",
  /** Label for a column in a data table; entries will be the time from main document till current network request. */
  columnTime: "Time",
  /**
   * @description Title of the table of the detected preconnect origins.
   */
  preconnectOriginsTableTitle: "Preconnected origins",
  /**
   * @description Description of the table of the detected preconnect origins.
   */
  preconnectOriginsTableDescription: "[preconnect](https://developer.chrome.com/docs/lighthouse/performance/uses-rel-preconnect/) hints help the browser establish a connection earlier in the page load, saving time when the first request for that origin is made. The following are the origins that the page preconnected to.",
  /**
   * @description Text status indicating that there isn't any preconnected origins.
   */
  noPreconnectOrigins: "no origins were preconnected",
  /**
   * @description A warning message that is shown when found more than 4 preconnected links. "preconnect" should not be translated.
   */
  tooManyPreconnectLinksWarning: "More than 4 `preconnect` connections were found. These should be used sparingly and only to the most important origins.",
  /**
   * @description A warning message that is shown when the user added preconnect for some unnecessary origins. "preconnect" should not be translated.
   */
  unusedWarning: "Unused preconnect. Only use `preconnect` for origins that the page is likely to request.",
  /**
   * @description A warning message that is shown when the user forget to set the `crossorigin` HTML attribute, or setting it to an incorrect value, on the link is a common mistake when adding preconnect links. "preconnect" should not be translated.
   * */
  crossoriginWarning: "Unused preconnect. Check that the `crossorigin` attribute is used properly.",
  /**
   * @description Label for a column in a data table; entries will be the source of the origin.
   */
  columnSource: "Source",
  /**
   * @description Text status indicating that there isn't preconnect candidates.
   */
  noPreconnectCandidates: "No additional origins are good candidates for preconnecting",
  /**
   * @description Title of the table that shows the origins that the page should have preconnected to.
   */
  estSavingTableTitle: "Preconnect candidates",
  /**
   * @description Description of the table that recommends preconnecting to the origins to save time. "preconnect" should not be translated.
   */
  estSavingTableDescription: "Add [preconnect](https://developer.chrome.com/docs/lighthouse/performance/uses-rel-preconnect/) hints to your most important origins, but try to use no more than 4.",
  /**
   * @description Label for a column in a data table; entries will be the origin of a web resource
   */
  columnOrigin: "Origin",
  /**
   * @description Label for a column in a data table; entries will be the number of milliseconds the user could reduce page load by if they implemented the suggestions.
   */
  columnWastedMs: "Est LCP savings"
};
var i18nString14 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var nonCriticalResourceTypes = /* @__PURE__ */ new Set([
  "Image",
  "XHR",
  "Fetch",
  "EventSource"
]);
var PRECONNECT_SOCKET_MAX_IDLE_IN_MS = Timing_exports.Milli(15e3);
var IGNORE_THRESHOLD_IN_MILLISECONDS = Timing_exports.Milli(50);
var TOO_MANY_PRECONNECTS_THRESHOLD = 4;
function finalize44(partialModel) {
  return {
    insightKey: InsightKeys.NETWORK_DEPENDENCY_TREE,
    strings: UIStrings14,
    title: i18nString14(UIStrings14.title),
    description: i18nString14(UIStrings14.description),
    docs: "https://developer.chrome.com/docs/performance/insights/network-dependency-tree",
    category: InsightCategory.LCP,
    state: partialModel.fail ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize44, "finalize");
function isCritical(request, context) {
  if (request.args.data.requestId === context.navigationId) {
    return true;
  }
  if (request.args.data.isLinkPreload) {
    return false;
  }
  const isIframe = request.args.data.resourceType === "Document" && request.args.data.frame !== context.frameId;
  if (nonCriticalResourceTypes.has(request.args.data.resourceType) || isIframe || // Treat any missed images, primarily favicons, as non-critical resources
  request.args.data.mimeType.startsWith("image/")) {
    return false;
  }
  const initiatorUrl = request.args.data.initiator?.url || Trace_exports.getStackTraceTopCallFrameInEventPayload(request)?.url;
  if (!initiatorUrl) {
    return false;
  }
  const isBlocking = Network_exports.isSyntheticNetworkRequestEventRenderBlocking(request);
  const isHighPriority = Network_exports.isSyntheticNetworkRequestHighPriority(request);
  return isHighPriority || isBlocking;
}
__name(isCritical, "isCritical");
function findMaxLeafNode(node) {
  if (node.children.length === 0) {
    return node;
  }
  let maxLeaf = node.children[0];
  for (const child of node.children) {
    const leaf = findMaxLeafNode(child);
    if (leaf.timeFromInitialRequest > maxLeaf.timeFromInitialRequest) {
      maxLeaf = leaf;
    }
  }
  return maxLeaf;
}
__name(findMaxLeafNode, "findMaxLeafNode");
function sortRecursively(nodes) {
  for (const node of nodes) {
    if (node.children.length > 0) {
      node.children.sort((nodeA, nodeB) => {
        const leafA = findMaxLeafNode(nodeA);
        const leafB = findMaxLeafNode(nodeB);
        return leafB.timeFromInitialRequest - leafA.timeFromInitialRequest;
      });
      sortRecursively(node.children);
    }
  }
}
__name(sortRecursively, "sortRecursively");
function generateNetworkDependencyTree(context) {
  const rootNodes = [];
  const relatedEvents = /* @__PURE__ */ new Map();
  let maxTime = Timing_exports.Micro(0);
  let fail = false;
  let longestChain = [];
  function addChain(path) {
    if (path.length === 0) {
      return;
    }
    if (path.length >= 2) {
      fail = true;
    }
    const initialRequest = path[0];
    const lastRequest = path[path.length - 1];
    const totalChainTime = Timing_exports.Micro(lastRequest.ts + lastRequest.dur - initialRequest.ts);
    if (totalChainTime > maxTime) {
      maxTime = totalChainTime;
      longestChain = path;
    }
    let currentNodes = rootNodes;
    for (let depth = 0; depth < path.length; ++depth) {
      const request = path[depth];
      let found = currentNodes.find((node) => node.request === request);
      if (!found) {
        const timeFromInitialRequest = Timing_exports.Micro(request.ts + request.dur - initialRequest.ts);
        found = {
          request,
          timeFromInitialRequest,
          children: [],
          relatedRequests: /* @__PURE__ */ new Set()
        };
        currentNodes.push(found);
      }
      path.forEach((request2) => found?.relatedRequests.add(request2));
      relatedEvents.set(request, depth < 2 ? [] : [i18nString14(UIStrings14.warningDescription)]);
      currentNodes = found.children;
    }
  }
  __name(addChain, "addChain");
  const seenNodes = /* @__PURE__ */ new Set();
  function getNextNodes(node) {
    return node.getDependents().filter((n) => n.getDependencies().every((d) => seenNodes.has(d)));
  }
  __name(getNextNodes, "getNextNodes");
  context.lantern?.graph.traverse((node, traversalPath) => {
    seenNodes.add(node);
    if (node.type !== "network") {
      return;
    }
    const networkNode = node;
    if (!isCritical(networkNode.rawRequest, context)) {
      return;
    }
    const networkPath = traversalPath.filter((node2) => node2.type === "network").reverse().map((node2) => node2.rawRequest);
    if (networkPath.some((request) => !isCritical(request, context))) {
      return;
    }
    if (node.isNonNetworkProtocol) {
      return;
    }
    addChain(networkPath);
  }, getNextNodes);
  if (longestChain.length > 0) {
    let currentNodes = rootNodes;
    for (const request of longestChain) {
      const found = currentNodes.find((node) => node.request === request);
      if (found) {
        found.isLongest = true;
        currentNodes = found.children;
      } else {
        console.error("Some request in the longest chain is not found");
      }
    }
  }
  sortRecursively(rootNodes);
  return {
    rootNodes,
    maxTime,
    fail,
    relatedEvents
  };
}
__name(generateNetworkDependencyTree, "generateNetworkDependencyTree");
function getSecurityOrigin(url) {
  const parsedURL = new ParsedURL(url);
  return parsedURL.securityOrigin();
}
__name(getSecurityOrigin, "getSecurityOrigin");
function handleLinkResponseHeaderPart(trimmedPart) {
  if (!trimmedPart) {
    return null;
  }
  const urlStart = trimmedPart.indexOf("<");
  const urlEnd = trimmedPart.indexOf(">");
  if (urlStart !== 0 || urlEnd === -1 || urlEnd <= urlStart) {
    return null;
  }
  const url = trimmedPart.substring(urlStart + 1, urlEnd).trim();
  if (!url) {
    return null;
  }
  const paramsString = trimmedPart.substring(urlEnd + 1).trim();
  if (paramsString) {
    const params = paramsString.split(";");
    for (const param of params) {
      const trimmedParam = param.trim();
      if (!trimmedParam) {
        continue;
      }
      const eqIndex = trimmedParam.indexOf("=");
      if (eqIndex === -1) {
        continue;
      }
      const paramName = trimmedParam.substring(0, eqIndex).trim().toLowerCase();
      let paramValue = trimmedParam.substring(eqIndex + 1).trim();
      if (paramValue.startsWith('"') && paramValue.endsWith('"')) {
        paramValue = paramValue.substring(1, paramValue.length - 1);
      }
      if (paramName === "rel" && paramValue === "preconnect") {
        return { url, headerText: trimmedPart };
      }
    }
  }
  return null;
}
__name(handleLinkResponseHeaderPart, "handleLinkResponseHeaderPart");
function handleLinkResponseHeader(linkHeaderValue) {
  if (!linkHeaderValue) {
    return [];
  }
  const preconnectedOrigins = [];
  for (let i = 0; i < linkHeaderValue.length; ) {
    const firstUrlEnd = linkHeaderValue.indexOf(">", i);
    if (firstUrlEnd === -1) {
      break;
    }
    const commaIndex = linkHeaderValue.indexOf(",", firstUrlEnd);
    const partEnd = commaIndex !== -1 ? commaIndex : linkHeaderValue.length;
    const part = linkHeaderValue.substring(i, partEnd);
    if (partEnd + 1 <= i) {
      console.warn("unexpected infinite loop, bailing");
      break;
    }
    i = partEnd + 1;
    const preconnectedOrigin = handleLinkResponseHeaderPart(part.trim());
    if (preconnectedOrigin) {
      preconnectedOrigins.push(preconnectedOrigin);
    }
  }
  return preconnectedOrigins;
}
__name(handleLinkResponseHeader, "handleLinkResponseHeader");
function generatePreconnectedOrigins(data31, context, contextRequests, preconnectCandidates) {
  const preconnectedOrigins = [];
  for (const event of data31.NetworkRequests.linkPreconnectEvents) {
    preconnectedOrigins.push({
      node_id: event.args.data.node_id,
      frame: event.args.data.frame,
      url: event.args.data.url,
      // For each origin the page wanted to preconnect to:
      // - if we found no network requests to that origin at all then we issue a unused warning
      unused: !contextRequests.some((request) => getSecurityOrigin(event.args.data.url) === getSecurityOrigin(request.args.data.url)),
      // - else (we found network requests to the same origin) and if some of those network requests is too slow (if
      //   they are preconnect candidates), then we issue a unused warning with crossorigin hint
      crossorigin: preconnectCandidates.some((candidate) => candidate.origin === getSecurityOrigin(event.args.data.url)),
      source: "DOM"
    });
  }
  const documentRequest = data31.NetworkRequests.byId.get(context.navigationId);
  documentRequest?.args.data.responseHeaders?.forEach((header) => {
    if (header.name.toLowerCase() === "link") {
      const preconnectedOriginsFromResponseHeader = handleLinkResponseHeader(header.value);
      preconnectedOriginsFromResponseHeader?.forEach((origin) => preconnectedOrigins.push({
        url: origin.url,
        headerText: origin.headerText,
        request: documentRequest,
        // For each origin the page wanted to preconnect to:
        // - if we found no network requests to that origin at all then we issue a unused warning
        unused: !contextRequests.some((request) => getSecurityOrigin(origin.url) === getSecurityOrigin(request.args.data.url)),
        // - else (we found network requests to the same origin) and if some of those network requests is too slow (if
        //   they are preconnect candidates), then we issue a unused warning with crossorigin hint
        crossorigin: preconnectCandidates.some((candidate) => candidate.origin === getSecurityOrigin(origin.url)),
        source: "ResponseHeader"
      }));
    }
  });
  return preconnectedOrigins;
}
__name(generatePreconnectedOrigins, "generatePreconnectedOrigins");
function hasValidTiming(request) {
  return !!request.args.data.timing && request.args.data.timing.connectEnd >= 0 && request.args.data.timing.connectStart >= 0;
}
__name(hasValidTiming, "hasValidTiming");
function hasAlreadyConnectedToOrigin(request) {
  const { timing } = request.args.data;
  if (!timing) {
    return false;
  }
  if (timing.dnsStart === -1 && timing.dnsEnd === -1 && timing.connectStart === -1 && timing.connectEnd === -1) {
    return true;
  }
  if (timing.dnsEnd - timing.dnsStart === 0 && timing.connectEnd - timing.connectStart === 0) {
    return true;
  }
  return false;
}
__name(hasAlreadyConnectedToOrigin, "hasAlreadyConnectedToOrigin");
function socketStartTimeIsBelowThreshold(request, mainResource) {
  const timeSinceMainEnd = Math.max(0, request.args.data.syntheticData.sendStartTime - mainResource.args.data.syntheticData.finishTime);
  return Timing_exports3.microToMilli(timeSinceMainEnd) < PRECONNECT_SOCKET_MAX_IDLE_IN_MS;
}
__name(socketStartTimeIsBelowThreshold, "socketStartTimeIsBelowThreshold");
function candidateRequestsByOrigin(data31, mainResource, contextRequests, lcpGraphURLs) {
  const origins = /* @__PURE__ */ new Map();
  contextRequests.forEach((request) => {
    if (!hasValidTiming(request)) {
      return;
    }
    const initiator = Initiators_exports.getNetworkInitiator(data31, request);
    if (initiator === mainResource) {
      return;
    }
    const url = new URL(request.args.data.url);
    if (url.origin === "null") {
      return;
    }
    const mainOrigin = new URL(mainResource.args.data.url).origin;
    if (url.origin === mainOrigin) {
      return;
    }
    if (!lcpGraphURLs.has(request.args.data.url)) {
      return;
    }
    if (hasAlreadyConnectedToOrigin(request)) {
      return;
    }
    if (!socketStartTimeIsBelowThreshold(request, mainResource)) {
      return;
    }
    const originRequests = MapUtilities_exports.getWithDefault(origins, url.origin, () => []);
    originRequests.push(request);
  });
  return origins;
}
__name(candidateRequestsByOrigin, "candidateRequestsByOrigin");
function generatePreconnectCandidates(data31, context, contextRequests) {
  if (!context.lantern) {
    return [];
  }
  const documentRequest = data31.NetworkRequests.byId.get(context.navigationId);
  if (!documentRequest) {
    return [];
  }
  const { rtt, additionalRttByOrigin } = context.lantern.simulator.getOptions();
  const lcpGraph = context.lantern.metrics.largestContentfulPaint.pessimisticGraph;
  const fcpGraph = context.lantern.metrics.firstContentfulPaint.pessimisticGraph;
  const lcpGraphURLs = /* @__PURE__ */ new Set();
  lcpGraph.traverse((node) => {
    if (node.type === "network") {
      lcpGraphURLs.add(node.request.url);
    }
  });
  const fcpGraphURLs = /* @__PURE__ */ new Set();
  fcpGraph.traverse((node) => {
    if (node.type === "network") {
      fcpGraphURLs.add(node.request.url);
    }
  });
  const groupedOrigins = candidateRequestsByOrigin(data31, documentRequest, contextRequests, lcpGraphURLs);
  let maxWastedLcp = Timing_exports.Milli(0);
  let maxWastedFcp = Timing_exports.Milli(0);
  let preconnectCandidates = [];
  groupedOrigins.forEach((requests) => {
    const firstRequestOfOrigin = requests[0];
    if (!firstRequestOfOrigin.args.data.timing) {
      return;
    }
    const firstRequestOfOriginParsedURL = new ParsedURL(firstRequestOfOrigin.args.data.url);
    const origin = firstRequestOfOriginParsedURL.securityOrigin();
    const additionalRtt = additionalRttByOrigin.get(origin) ?? 0;
    let connectionTime = Timing_exports.Milli(rtt + additionalRtt);
    if (firstRequestOfOriginParsedURL.scheme === "https") {
      connectionTime = Timing_exports.Milli(connectionTime * 2);
    }
    const timeBetweenMainResourceAndDnsStart = Timing_exports.Micro(firstRequestOfOrigin.args.data.syntheticData.sendStartTime - documentRequest.args.data.syntheticData.finishTime + Timing_exports3.milliToMicro(firstRequestOfOrigin.args.data.timing.dnsStart));
    const wastedMs = Math.min(connectionTime, Timing_exports3.microToMilli(timeBetweenMainResourceAndDnsStart));
    if (wastedMs < IGNORE_THRESHOLD_IN_MILLISECONDS) {
      return;
    }
    maxWastedLcp = Math.max(wastedMs, maxWastedLcp);
    if (fcpGraphURLs.has(firstRequestOfOrigin.args.data.url)) {
      maxWastedFcp = Math.max(wastedMs, maxWastedFcp);
    }
    preconnectCandidates.push({
      origin,
      wastedMs
    });
  });
  preconnectCandidates = preconnectCandidates.sort((a, b) => b.wastedMs - a.wastedMs);
  return preconnectCandidates.slice(0, TOO_MANY_PRECONNECTS_THRESHOLD);
}
__name(generatePreconnectCandidates, "generatePreconnectCandidates");
function isNetworkDependencyTreeInsight(model2) {
  return model2.insightKey === InsightKeys.NETWORK_DEPENDENCY_TREE;
}
__name(isNetworkDependencyTreeInsight, "isNetworkDependencyTreeInsight");
function generateInsight14(data31, context) {
  if (!context.navigation) {
    return finalize44({
      rootNodes: [],
      maxTime: 0,
      fail: false,
      preconnectedOrigins: [],
      preconnectCandidates: []
    });
  }
  const { rootNodes, maxTime, fail, relatedEvents } = generateNetworkDependencyTree(context);
  const isWithinContext = /* @__PURE__ */ __name((event) => Timing_exports3.eventIsInBounds(event, context.bounds), "isWithinContext");
  const contextRequests = data31.NetworkRequests.byTime.filter(isWithinContext);
  const preconnectCandidates = generatePreconnectCandidates(data31, context, contextRequests);
  const preconnectedOrigins = generatePreconnectedOrigins(data31, context, contextRequests, preconnectCandidates);
  return finalize44({
    rootNodes,
    maxTime,
    fail,
    relatedEvents,
    preconnectedOrigins,
    preconnectCandidates
  });
}
__name(generateInsight14, "generateInsight");
function createOverlays14(model2) {
  function walk(nodes, overlays2) {
    nodes.forEach((node) => {
      overlays2.push({
        type: "ENTRY_OUTLINE",
        entry: node.request,
        outlineReason: "ERROR"
      });
      walk(node.children, overlays2);
    });
  }
  __name(walk, "walk");
  const overlays = [];
  walk(model2.rootNodes, overlays);
  return overlays;
}
__name(createOverlays14, "createOverlays");
function normalizePath(path) {
  if (path.indexOf("..") === -1 && path.indexOf(".") === -1) {
    return path;
  }
  const segments = (path[0] === "/" ? path.substring(1) : path).split("/");
  const normalizedSegments = [];
  for (const segment of segments) {
    if (segment === ".") {
      continue;
    } else if (segment === "..") {
      normalizedSegments.pop();
    } else {
      normalizedSegments.push(segment);
    }
  }
  let normalizedPath = normalizedSegments.join("/");
  if (path[0] === "/" && normalizedPath) {
    normalizedPath = "/" + normalizedPath;
  }
  if (normalizedPath[normalizedPath.length - 1] !== "/" && (path[path.length - 1] === "/" || segments[segments.length - 1] === "." || segments[segments.length - 1] === "..")) {
    normalizedPath = normalizedPath + "/";
  }
  return normalizedPath;
}
__name(normalizePath, "normalizePath");
function schemeIs(url, scheme) {
  try {
    return new URL(url).protocol === scheme;
  } catch {
    return false;
  }
}
__name(schemeIs, "schemeIs");
var ParsedURL = class _ParsedURL {
  static {
    __name(this, "ParsedURL");
  }
  isValid;
  url;
  scheme;
  user;
  host;
  port;
  path;
  queryParams;
  fragment;
  folderPathComponents;
  lastPathComponent;
  blobInnerScheme;
  constructor(url) {
    this.isValid = false;
    this.url = url;
    this.scheme = "";
    this.user = "";
    this.host = "";
    this.port = "";
    this.path = "";
    this.queryParams = "";
    this.fragment = "";
    this.folderPathComponents = "";
    this.lastPathComponent = "";
    const isBlobUrl = this.url.startsWith("blob:");
    const urlToMatch = isBlobUrl ? url.substring(5) : url;
    const match = urlToMatch.match(_ParsedURL.urlRegex());
    if (match) {
      this.isValid = true;
      if (isBlobUrl) {
        this.blobInnerScheme = match[2].toLowerCase();
        this.scheme = "blob";
      } else {
        this.scheme = match[2].toLowerCase();
      }
      this.user = match[3] ?? "";
      this.host = match[4] ?? "";
      this.port = match[5] ?? "";
      this.path = match[6] ?? "/";
      this.queryParams = match[7] ?? "";
      this.fragment = match[8] ?? "";
    } else {
      if (this.url.startsWith("data:")) {
        this.scheme = "data";
        return;
      }
      if (this.url.startsWith("blob:")) {
        this.scheme = "blob";
        return;
      }
      if (this.url === "about:blank") {
        this.scheme = "about";
        return;
      }
      this.path = this.url;
    }
    const lastSlashExceptTrailingIndex = this.path.lastIndexOf("/", this.path.length - 2);
    if (lastSlashExceptTrailingIndex !== -1) {
      this.lastPathComponent = this.path.substring(lastSlashExceptTrailingIndex + 1);
    } else {
      this.lastPathComponent = this.path;
    }
    const lastSlashIndex = this.path.lastIndexOf("/");
    if (lastSlashIndex !== -1) {
      this.folderPathComponents = this.path.substring(0, lastSlashIndex);
    }
  }
  static fromString(string) {
    const parsedURL = new _ParsedURL(string.toString());
    if (parsedURL.isValid) {
      return parsedURL;
    }
    return null;
  }
  static preEncodeSpecialCharactersInPath(path) {
    for (const specialChar of ["%", ";", "#", "?", " "]) {
      path = path.replaceAll(specialChar, encodeURIComponent(specialChar));
    }
    return path;
  }
  static rawPathToEncodedPathString(path) {
    const partiallyEncoded = _ParsedURL.preEncodeSpecialCharactersInPath(path);
    if (path.startsWith("/")) {
      return new URL(partiallyEncoded, "file:///").pathname;
    }
    return new URL("/" + partiallyEncoded, "file:///").pathname.substr(1);
  }
  /**
   * @param name Must not be encoded
   */
  static encodedFromParentPathAndName(parentPath, name) {
    return _ParsedURL.concatenate(parentPath, "/", _ParsedURL.preEncodeSpecialCharactersInPath(name));
  }
  /**
   * @param name Must not be encoded
   */
  static urlFromParentUrlAndName(parentUrl, name) {
    return _ParsedURL.concatenate(parentUrl, "/", _ParsedURL.preEncodeSpecialCharactersInPath(name));
  }
  static encodedPathToRawPathString(encPath) {
    return decodeURIComponent(encPath);
  }
  static rawPathToUrlString(fileSystemPath) {
    let preEncodedPath = _ParsedURL.preEncodeSpecialCharactersInPath(fileSystemPath.replace(/\\/g, "/"));
    preEncodedPath = preEncodedPath.replace(/\\/g, "/");
    if (!preEncodedPath.startsWith("file://")) {
      if (preEncodedPath.startsWith("/")) {
        preEncodedPath = "file://" + preEncodedPath;
      } else {
        preEncodedPath = "file:///" + preEncodedPath;
      }
    }
    return new URL(preEncodedPath).toString();
  }
  static relativePathToUrlString(relativePath, baseURL) {
    const preEncodedPath = _ParsedURL.preEncodeSpecialCharactersInPath(relativePath.replace(/\\/g, "/"));
    return new URL(preEncodedPath, baseURL).toString();
  }
  static urlToRawPathString(fileURL, isWindows) {
    console.assert(fileURL.startsWith("file://"), "This must be a file URL.");
    const decodedFileURL = decodeURIComponent(fileURL);
    if (isWindows) {
      return decodedFileURL.substr("file:///".length).replace(/\//g, "\\");
    }
    return decodedFileURL.substr("file://".length);
  }
  static sliceUrlToEncodedPathString(url, start) {
    return url.substring(start);
  }
  static substr(devToolsPath, from, length) {
    return devToolsPath.substr(from, length);
  }
  static substring(devToolsPath, start, end) {
    return devToolsPath.substring(start, end);
  }
  static prepend(prefix, devToolsPath) {
    return prefix + devToolsPath;
  }
  static concatenate(devToolsPath, ...appendage) {
    return devToolsPath.concat(...appendage);
  }
  static trim(devToolsPath) {
    return devToolsPath.trim();
  }
  static slice(devToolsPath, start, end) {
    return devToolsPath.slice(start, end);
  }
  static join(devToolsPaths, separator) {
    return devToolsPaths.join(separator);
  }
  static split(devToolsPath, separator, limit) {
    return devToolsPath.split(separator, limit);
  }
  static toLowerCase(devToolsPath) {
    return devToolsPath.toLowerCase();
  }
  static isValidUrlString(str) {
    return new _ParsedURL(str).isValid;
  }
  static urlWithoutHash(url) {
    const hashIndex = url.indexOf("#");
    if (hashIndex !== -1) {
      return url.substr(0, hashIndex);
    }
    return url;
  }
  static urlRegex() {
    if (_ParsedURL.urlRegexInstance) {
      return _ParsedURL.urlRegexInstance;
    }
    const schemeRegex = /([A-Za-z][A-Za-z0-9+.-]*):\/\//;
    const userRegex = /(?:([A-Za-z0-9\-._~%!$&'()*+,;=:]*)@)?/;
    const hostRegex = /((?:\[::\d?\])|(?:[^\s\/:]*))/;
    const portRegex = /(?::([\d]+))?/;
    const pathRegex = /(\/[^#?]*)?/;
    const queryRegex = /(?:\?([^#]*))?/;
    const fragmentRegex = /(?:#(.*))?/;
    _ParsedURL.urlRegexInstance = new RegExp("^(" + schemeRegex.source + userRegex.source + hostRegex.source + portRegex.source + ")" + pathRegex.source + queryRegex.source + fragmentRegex.source + "$");
    return _ParsedURL.urlRegexInstance;
  }
  static extractPath(url) {
    const parsedURL = this.fromString(url);
    return parsedURL ? parsedURL.path : "";
  }
  static extractOrigin(url) {
    const parsedURL = this.fromString(url);
    return parsedURL ? parsedURL.securityOrigin() : "";
  }
  static extractExtension(url) {
    url = _ParsedURL.urlWithoutHash(url);
    const indexOfQuestionMark = url.indexOf("?");
    if (indexOfQuestionMark !== -1) {
      url = url.substr(0, indexOfQuestionMark);
    }
    const lastIndexOfSlash = url.lastIndexOf("/");
    if (lastIndexOfSlash !== -1) {
      url = url.substr(lastIndexOfSlash + 1);
    }
    const lastIndexOfDot = url.lastIndexOf(".");
    if (lastIndexOfDot !== -1) {
      url = url.substr(lastIndexOfDot + 1);
      const lastIndexOfPercent = url.indexOf("%");
      if (lastIndexOfPercent !== -1) {
        return url.substr(0, lastIndexOfPercent);
      }
      return url;
    }
    return "";
  }
  static extractName(url) {
    let index = url.lastIndexOf("/");
    const pathAndQuery = index !== -1 ? url.substr(index + 1) : url;
    index = pathAndQuery.indexOf("?");
    return index < 0 ? pathAndQuery : pathAndQuery.substr(0, index);
  }
  static completeURL(baseURL, href) {
    if (href.startsWith("data:") || href.startsWith("blob:") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
      return href;
    }
    const trimmedHref = href.trim();
    const parsedHref = this.fromString(trimmedHref);
    if (parsedHref?.scheme) {
      const securityOrigin2 = parsedHref.securityOrigin();
      const pathText2 = normalizePath(parsedHref.path);
      const queryText2 = parsedHref.queryParams && `?${parsedHref.queryParams}`;
      const fragmentText = parsedHref.fragment && `#${parsedHref.fragment}`;
      return securityOrigin2 + pathText2 + queryText2 + fragmentText;
    }
    const parsedURL = this.fromString(baseURL);
    if (!parsedURL) {
      return null;
    }
    if (parsedURL.isDataURL()) {
      return href;
    }
    if (href.length > 1 && href.charAt(0) === "/" && href.charAt(1) === "/") {
      return parsedURL.scheme + ":" + href;
    }
    const securityOrigin = parsedURL.securityOrigin();
    const pathText = parsedURL.path;
    const queryText = parsedURL.queryParams ? "?" + parsedURL.queryParams : "";
    if (!href.length) {
      return securityOrigin + pathText + queryText;
    }
    if (href.charAt(0) === "#") {
      return securityOrigin + pathText + queryText + href;
    }
    if (href.charAt(0) === "?") {
      return securityOrigin + pathText + href;
    }
    const hrefMatches = href.match(/^[^#?]*/);
    if (!hrefMatches || !href.length) {
      throw new Error("Invalid href");
    }
    let hrefPath = hrefMatches[0];
    const hrefSuffix = href.substring(hrefPath.length);
    if (hrefPath.charAt(0) !== "/") {
      hrefPath = parsedURL.folderPathComponents + "/" + hrefPath;
    }
    return securityOrigin + normalizePath(hrefPath) + hrefSuffix;
  }
  static splitLineAndColumn(string) {
    const beforePathMatch = string.match(_ParsedURL.urlRegex());
    let beforePath = "";
    let pathAndAfter = string;
    if (beforePathMatch) {
      beforePath = beforePathMatch[1];
      pathAndAfter = string.substring(beforePathMatch[1].length);
    }
    const lineColumnRegEx = /(?::(\d+))?(?::(\d+))?$/;
    const lineColumnMatch = lineColumnRegEx.exec(pathAndAfter);
    let lineNumber;
    let columnNumber;
    console.assert(Boolean(lineColumnMatch));
    if (!lineColumnMatch) {
      return { url: string, lineNumber: 0, columnNumber: 0 };
    }
    if (typeof lineColumnMatch[1] === "string") {
      lineNumber = parseInt(lineColumnMatch[1], 10);
      lineNumber = isNaN(lineNumber) ? void 0 : lineNumber - 1;
    }
    if (typeof lineColumnMatch[2] === "string") {
      columnNumber = parseInt(lineColumnMatch[2], 10);
      columnNumber = isNaN(columnNumber) ? void 0 : columnNumber - 1;
    }
    let url = beforePath + pathAndAfter.substring(0, pathAndAfter.length - lineColumnMatch[0].length);
    if (lineColumnMatch[1] === void 0 && lineColumnMatch[2] === void 0) {
      const wasmCodeOffsetRegex = /wasm-function\[\d+\]:0x([a-z0-9]+)$/g;
      const wasmCodeOffsetMatch = wasmCodeOffsetRegex.exec(pathAndAfter);
      if (wasmCodeOffsetMatch && typeof wasmCodeOffsetMatch[1] === "string") {
        url = _ParsedURL.removeWasmFunctionInfoFromURL(url);
        columnNumber = parseInt(wasmCodeOffsetMatch[1], 16);
        columnNumber = isNaN(columnNumber) ? void 0 : columnNumber;
      }
    }
    return { url, lineNumber, columnNumber };
  }
  static removeWasmFunctionInfoFromURL(url) {
    const wasmFunctionRegEx = /:wasm-function\[\d+\]/;
    const wasmFunctionIndex = url.search(wasmFunctionRegEx);
    if (wasmFunctionIndex === -1) {
      return url;
    }
    return _ParsedURL.substring(url, 0, wasmFunctionIndex);
  }
  static beginsWithWindowsDriveLetter(url) {
    return /^[A-Za-z]:/.test(url);
  }
  static beginsWithScheme(url) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
  }
  static isRelativeURL(url) {
    return !this.beginsWithScheme(url) || this.beginsWithWindowsDriveLetter(url);
  }
  isAboutBlank() {
    return this.url === "about:blank";
  }
  isDataURL() {
    return this.scheme === "data";
  }
  extractDataUrlMimeType() {
    const regexp = /^data:((?<type>\w+)\/(?<subtype>\w+))?(;base64)?,/;
    const match = this.url.match(regexp);
    return {
      type: match?.groups?.type,
      subtype: match?.groups?.subtype
    };
  }
  isBlobURL() {
    return this.url.startsWith("blob:");
  }
  lastPathComponentWithFragment() {
    return this.lastPathComponent + (this.fragment ? "#" + this.fragment : "");
  }
  domain() {
    if (this.isDataURL()) {
      return "data:";
    }
    return this.host + (this.port ? ":" + this.port : "");
  }
  securityOrigin() {
    if (this.isDataURL()) {
      return "data:";
    }
    const scheme = this.isBlobURL() ? this.blobInnerScheme : this.scheme;
    return scheme + "://" + this.domain();
  }
  urlWithoutScheme() {
    if (this.scheme && this.url.startsWith(this.scheme + "://")) {
      return this.url.substring(this.scheme.length + 3);
    }
    return this.url;
  }
  static urlRegexInstance = null;
};

// node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js
var RenderBlocking_exports = {};
__export(RenderBlocking_exports, {
  UIStrings: () => UIStrings15,
  createOverlayForRequest: () => createOverlayForRequest4,
  createOverlays: () => createOverlays15,
  generateInsight: () => generateInsight15,
  i18nString: () => i18nString15,
  isRenderBlockingInsight: () => isRenderBlockingInsight
});
var UIStrings15 = {
  /**
   * @description Title of an insight that provides the user with the list of network requests that blocked and therefore slowed down the page rendering and becoming visible to the user.
   */
  title: "Render-blocking requests",
  /**
   * @description Text to describe that there are requests blocking rendering, which may affect LCP.
   */
  description: "Requests are blocking the page's initial render, which may delay LCP. [Deferring or inlining](https://developer.chrome.com/docs/performance/insights/render-blocking) can move these network requests out of the critical path.",
  /**
   * @description Label to describe a network request (that happens to be render-blocking).
   */
  renderBlockingRequest: "Request",
  /**
   * @description Label used for a time duration.
   */
  duration: "Duration",
  /**
   * @description Text status indicating that no requests blocked the initial render of a navigation
   */
  noRenderBlocking: "No render-blocking requests for this navigation"
};
var i18nString15 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function isRenderBlockingInsight(insight) {
  return insight.insightKey === "RenderBlocking";
}
__name(isRenderBlockingInsight, "isRenderBlockingInsight");
var MINIMUM_WASTED_MS = 50;
function getNodesAndTimingByRequestId(nodeTimings) {
  const requestIdToNode = /* @__PURE__ */ new Map();
  for (const [node, nodeTiming] of nodeTimings) {
    if (node.type !== "network") {
      continue;
    }
    requestIdToNode.set(node.request.requestId, { node, nodeTiming });
  }
  return requestIdToNode;
}
__name(getNodesAndTimingByRequestId, "getNodesAndTimingByRequestId");
function estimateSavingsWithGraphs2(deferredIds, lanternContext) {
  const simulator = lanternContext.simulator;
  const fcpGraph = lanternContext.metrics.firstContentfulPaint.optimisticGraph;
  const { nodeTimings } = lanternContext.simulator.simulate(fcpGraph);
  const adjustedNodeTimings = new Map(nodeTimings);
  const totalChildNetworkBytes = 0;
  const minimalFCPGraph = fcpGraph.cloneWithRelationships((node) => {
    const canDeferRequest = deferredIds.has(node.id);
    return !canDeferRequest;
  });
  if (minimalFCPGraph.type !== "network") {
    throw new Error("minimalFCPGraph not a NetworkNode");
  }
  const estimateBeforeInline = Math.max(...Array.from(Array.from(adjustedNodeTimings).map((timing) => timing[1].endTime)));
  const originalTransferSize = minimalFCPGraph.request.transferSize;
  const safeTransferSize = originalTransferSize || 0;
  minimalFCPGraph.request.transferSize = safeTransferSize + totalChildNetworkBytes;
  const estimateAfterInline = simulator.simulate(minimalFCPGraph).timeInMs;
  minimalFCPGraph.request.transferSize = originalTransferSize;
  return Math.round(Math.max(estimateBeforeInline - estimateAfterInline, 0));
}
__name(estimateSavingsWithGraphs2, "estimateSavingsWithGraphs");
function hasImageLCP(data31, context) {
  return data31.LargestImagePaint.lcpRequestByNavigationId.has(context.navigationId);
}
__name(hasImageLCP, "hasImageLCP");
function computeSavings(data31, context, renderBlockingRequests) {
  if (!context.lantern) {
    return;
  }
  const nodesAndTimingsByRequestId = getNodesAndTimingByRequestId(context.lantern.metrics.firstContentfulPaint.optimisticEstimate.nodeTimings);
  const metricSavings = { FCP: 0, LCP: 0 };
  const requestIdToWastedMs = /* @__PURE__ */ new Map();
  const deferredNodeIds = /* @__PURE__ */ new Set();
  for (const request of renderBlockingRequests) {
    const nodeAndTiming = nodesAndTimingsByRequestId.get(request.args.data.requestId);
    if (!nodeAndTiming) {
      continue;
    }
    const { node, nodeTiming } = nodeAndTiming;
    node.traverse((node2) => deferredNodeIds.add(node2.id));
    const wastedMs = Math.round(nodeTiming.duration);
    if (wastedMs < MINIMUM_WASTED_MS) {
      continue;
    }
    requestIdToWastedMs.set(node.id, wastedMs);
  }
  if (requestIdToWastedMs.size) {
    metricSavings.FCP = estimateSavingsWithGraphs2(deferredNodeIds, context.lantern);
    if (!hasImageLCP(data31, context)) {
      metricSavings.LCP = metricSavings.FCP;
    }
  }
  return { metricSavings, requestIdToWastedMs };
}
__name(computeSavings, "computeSavings");
function finalize45(partialModel) {
  return {
    insightKey: InsightKeys.RENDER_BLOCKING,
    strings: UIStrings15,
    title: i18nString15(UIStrings15.title),
    description: i18nString15(UIStrings15.description),
    docs: "https://developer.chrome.com/docs/performance/insights/render-blocking",
    category: InsightCategory.LCP,
    state: partialModel.renderBlockingRequests.length > 0 ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize45, "finalize");
function generateInsight15(data31, context) {
  if (!context.navigation) {
    return finalize45({
      renderBlockingRequests: []
    });
  }
  const firstPaintTs = data31.PageLoadMetrics.metricScoresByFrameId.get(context.frameId)?.get(context.navigation)?.get(ModelHandlers_exports.PageLoadMetrics.MetricName.FP)?.event?.ts;
  if (!firstPaintTs) {
    return finalize45({
      renderBlockingRequests: [],
      warnings: [InsightWarning.NO_FP]
    });
  }
  let renderBlockingRequests = [];
  for (const req of data31.NetworkRequests.byTime) {
    if (req.args.data.frame !== context.frameId) {
      continue;
    }
    if (!Network_exports.isSyntheticNetworkRequestEventRenderBlocking(req)) {
      continue;
    }
    if (req.args.data.syntheticData.finishTime > firstPaintTs) {
      continue;
    }
    if (req.args.data.renderBlocking === "in_body_parser_blocking") {
      const priority = req.args.data.priority;
      const isScript = req.args.data.resourceType === "Script";
      const isBlockingScript = isScript && priority === "High";
      if (priority !== "VeryHigh" && !isBlockingScript) {
        continue;
      }
    }
    const navigation = Trace_exports.getNavigationForTraceEvent(req, context.frameId, data31.Meta.navigationsByFrameId);
    if (navigation === context.navigation) {
      renderBlockingRequests.push(req);
    }
  }
  const savings = computeSavings(data31, context, renderBlockingRequests);
  renderBlockingRequests = renderBlockingRequests.sort((a, b) => {
    return b.dur - a.dur;
  });
  return finalize45({
    relatedEvents: renderBlockingRequests,
    renderBlockingRequests,
    ...savings
  });
}
__name(generateInsight15, "generateInsight");
function createOverlayForRequest4(request) {
  return {
    type: "ENTRY_OUTLINE",
    entry: request,
    outlineReason: "ERROR"
  };
}
__name(createOverlayForRequest4, "createOverlayForRequest");
function createOverlays15(model2) {
  return model2.renderBlockingRequests.map((request) => createOverlayForRequest4(request));
}
__name(createOverlays15, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js
var SlowCSSSelector_exports = {};
__export(SlowCSSSelector_exports, {
  UIStrings: () => UIStrings16,
  createOverlays: () => createOverlays16,
  generateInsight: () => generateInsight16,
  i18nString: () => i18nString16,
  isSlowCSSSelectorInsight: () => isSlowCSSSelectorInsight
});
var UIStrings16 = {
  /**
   * @description Title of an insight that provides details about slow CSS selectors.
   */
  title: "CSS Selector costs",
  /**
   * @description Text to describe how to improve the performance of CSS selectors.
   */
  description: "If Recalculate Style costs remain high, selector optimization can reduce them. [Optimize the selectors](https://developer.chrome.com/docs/performance/insights/slow-css-selector) with both high elapsed time and high slow-path %. Simpler selectors, fewer selectors, a smaller DOM, and a shallower DOM will all reduce matching costs.",
  /**
   * @description Column name for count of elements that the engine attempted to match against a style rule
   */
  matchAttempts: "Match attempts",
  /**
   * @description Column name for count of elements that matched a style rule
   */
  matchCount: "Match count",
  /**
   * @description Column name for elapsed time spent computing a style rule
   */
  elapsed: "Elapsed time",
  /**
   * @description Column name for the selectors that took the longest amount of time/effort.
   */
  topSelectors: "Top selectors",
  /**
   * @description Column name for a total sum.
   */
  total: "Total",
  /**
   * @description Text status indicating that no CSS selector data was found.
   */
  enableSelectorData: "No CSS selector data was found. CSS selector stats need to be enabled in the performance panel settings.",
  /**
   * @description top CSS selector when ranked by elapsed time in ms
   */
  topSelectorElapsedTime: "Top selector elapsed time",
  /**
   * @description top CSS selector when ranked by match attempt
   */
  topSelectorMatchAttempt: "Top selector match attempt"
};
var i18nString16 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var slowCSSSelectorThreshold = 500;
function aggregateSelectorStats(data31, context) {
  const selectorMap = /* @__PURE__ */ new Map();
  for (const [event, value] of data31.dataForRecalcStyleEvent) {
    if (event.args.beginData?.frame !== context.frameId) {
      continue;
    }
    if (!Timing_exports3.eventIsInBounds(event, context.bounds)) {
      continue;
    }
    for (const timing of value.timings) {
      const key = timing[SelectorTimingsKey.Selector] + "_" + timing[SelectorTimingsKey.StyleSheetId];
      const findTiming = selectorMap.get(key);
      if (findTiming !== void 0) {
        findTiming[SelectorTimingsKey.Elapsed] += timing[SelectorTimingsKey.Elapsed];
        findTiming[SelectorTimingsKey.FastRejectCount] += timing[SelectorTimingsKey.FastRejectCount];
        findTiming[SelectorTimingsKey.MatchAttempts] += timing[SelectorTimingsKey.MatchAttempts];
        findTiming[SelectorTimingsKey.MatchCount] += timing[SelectorTimingsKey.MatchCount];
      } else {
        selectorMap.set(key, { ...timing });
      }
    }
  }
  return [...selectorMap.values()];
}
__name(aggregateSelectorStats, "aggregateSelectorStats");
function finalize46(partialModel) {
  return {
    insightKey: InsightKeys.SLOW_CSS_SELECTOR,
    strings: UIStrings16,
    title: i18nString16(UIStrings16.title),
    description: i18nString16(UIStrings16.description),
    docs: "https://developer.chrome.com/docs/performance/insights/slow-css-selector",
    category: InsightCategory.ALL,
    state: partialModel.topSelectorElapsedMs && partialModel.topSelectorMatchAttempts ? "informative" : "pass",
    ...partialModel
  };
}
__name(finalize46, "finalize");
function isSlowCSSSelectorInsight(model2) {
  return model2.insightKey === InsightKeys.SLOW_CSS_SELECTOR;
}
__name(isSlowCSSSelectorInsight, "isSlowCSSSelectorInsight");
function generateInsight16(data31, context) {
  const selectorStatsData = data31.SelectorStats;
  if (!selectorStatsData) {
    throw new Error("no selector stats data");
  }
  const selectorTimings = aggregateSelectorStats(selectorStatsData, context);
  let totalElapsedUs = 0;
  let totalMatchAttempts = 0;
  let totalMatchCount = 0;
  selectorTimings.map((timing) => {
    totalElapsedUs += timing[SelectorTimingsKey.Elapsed];
    totalMatchAttempts += timing[SelectorTimingsKey.MatchAttempts];
    totalMatchCount += timing[SelectorTimingsKey.MatchCount];
  });
  let topSelectorElapsedMs = null;
  let topSelectorMatchAttempts = null;
  if (selectorTimings.length > 0) {
    topSelectorElapsedMs = selectorTimings.reduce((a, b) => {
      return a[SelectorTimingsKey.Elapsed] > b[SelectorTimingsKey.Elapsed] ? a : b;
    });
    if (topSelectorElapsedMs && topSelectorElapsedMs[SelectorTimingsKey.Elapsed] < slowCSSSelectorThreshold) {
      topSelectorElapsedMs = null;
    }
    topSelectorMatchAttempts = selectorTimings.reduce((a, b) => {
      return a[SelectorTimingsKey.MatchAttempts] > b[SelectorTimingsKey.MatchAttempts] ? a : b;
    });
  }
  return finalize46({
    // TODO: should we identify RecalcStyle events as linked to this insight?
    relatedEvents: [],
    totalElapsedMs: Timing_exports.Milli(totalElapsedUs / 1e3),
    totalMatchAttempts,
    totalMatchCount,
    topSelectorElapsedMs,
    topSelectorMatchAttempts
  });
}
__name(generateInsight16, "generateInsight");
function createOverlays16(_) {
  return [];
}
__name(createOverlays16, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js
var ThirdParties_exports2 = {};
__export(ThirdParties_exports2, {
  UIStrings: () => UIStrings17,
  createOverlays: () => createOverlays17,
  createOverlaysForSummary: () => createOverlaysForSummary,
  generateInsight: () => generateInsight17,
  i18nString: () => i18nString17,
  isThirdPartyInsight: () => isThirdPartyInsight
});
var UIStrings17 = {
  /** Title of an insight that provides details about the code on a web page that the user doesn't control (referred to as "third-party code"). */
  title: "3rd parties",
  /**
   * @description Description of a DevTools insight that identifies the code on the page that the user doesn't control.
   * This is displayed after a user expands the section to see more. No character length limits.
   */
  description: "3rd party code can significantly impact load performance. [Reduce and defer loading of 3rd party code](https://developer.chrome.com/docs/performance/insights/third-parties) to prioritize your page's content.",
  /** Label for a table column that displays the name of a third-party provider. */
  columnThirdParty: "3rd party",
  /** Label for a column in a data table; entries will be the download size of a web resource in kilobytes. */
  columnTransferSize: "Transfer size",
  /** Label for a table column that displays how much time each row spent running on the main thread, entries will be the number of milliseconds spent. */
  columnMainThreadTime: "Main thread time",
  /**
   * @description Text block indicating that no third party content was detected on the page
   */
  noThirdParties: "No third parties found"
};
var i18nString17 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function getRelatedEvents(summaries, firstPartyEntity) {
  const relatedEvents = [];
  for (const summary of summaries) {
    if (summary.entity !== firstPartyEntity) {
      relatedEvents.push(...summary.relatedEvents);
    }
  }
  return relatedEvents;
}
__name(getRelatedEvents, "getRelatedEvents");
function finalize47(partialModel) {
  return {
    insightKey: InsightKeys.THIRD_PARTIES,
    strings: UIStrings17,
    title: i18nString17(UIStrings17.title),
    description: i18nString17(UIStrings17.description),
    docs: "https://developer.chrome.com/docs/performance/insights/third-parties",
    category: InsightCategory.ALL,
    state: partialModel.entitySummaries.find((summary) => summary.entity !== partialModel.firstPartyEntity) ? "informative" : "pass",
    ...partialModel
  };
}
__name(finalize47, "finalize");
function isThirdPartyInsight(model2) {
  return model2.insightKey === InsightKeys.THIRD_PARTIES;
}
__name(isThirdPartyInsight, "isThirdPartyInsight");
function generateInsight17(data31, context) {
  const entitySummaries = ThirdParties_exports.summarizeByThirdParty(data31, context.bounds);
  const firstPartyUrl = context.navigation?.args.data?.documentLoaderURL ?? data31.Meta.mainFrameURL;
  const firstPartyEntity = import_third_party_web.default.getEntity(firstPartyUrl) || helpers_exports.makeUpEntity(data31.Renderer.entityMappings.createdEntityCache, firstPartyUrl);
  return finalize47({
    relatedEvents: getRelatedEvents(entitySummaries, firstPartyEntity),
    firstPartyEntity,
    entitySummaries
  });
}
__name(generateInsight17, "generateInsight");
function createOverlaysForSummary(summary) {
  const overlays = [];
  for (const event of summary.relatedEvents) {
    if (event.dur === void 0 || event.dur < 1e3) {
      continue;
    }
    const overlay = {
      type: "ENTRY_OUTLINE",
      entry: event,
      outlineReason: "INFO"
    };
    overlays.push(overlay);
  }
  return overlays;
}
__name(createOverlaysForSummary, "createOverlaysForSummary");
function createOverlays17(model2) {
  const overlays = [];
  const summaries = model2.entitySummaries ?? [];
  for (const summary of summaries) {
    if (summary.entity === model2.firstPartyEntity) {
      continue;
    }
    const summaryOverlays = createOverlaysForSummary(summary);
    overlays.push(...summaryOverlays);
  }
  return overlays;
}
__name(createOverlays17, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/insights/Viewport.js
var Viewport_exports = {};
__export(Viewport_exports, {
  UIStrings: () => UIStrings18,
  createOverlays: () => createOverlays18,
  generateInsight: () => generateInsight18,
  i18nString: () => i18nString18,
  isViewportInsight: () => isViewportInsight
});
var UIStrings18 = {
  /** Title of an insight that provides details about if the page's viewport is optimized for mobile viewing. */
  title: "Optimize viewport for mobile",
  /**
   * @description Text to tell the user how a viewport meta element can improve performance. \xa0 is a non-breaking space
   */
  description: "Tap interactions may be [delayed by up to 300\xA0ms](https://developer.chrome.com/docs/performance/insights/viewport) if the viewport is not optimized for mobile.",
  /**
   * @description Text for a label describing the portion of an interaction event that was delayed due to a bad mobile viewport.
   */
  mobileTapDelayLabel: "Mobile tap delay"
};
var i18nString18 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
function finalize48(partialModel) {
  return {
    insightKey: InsightKeys.VIEWPORT,
    strings: UIStrings18,
    title: i18nString18(UIStrings18.title),
    description: i18nString18(UIStrings18.description),
    docs: "https://developer.chrome.com/docs/performance/insights/viewport",
    category: InsightCategory.INP,
    state: partialModel.mobileOptimized === false ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize48, "finalize");
function isViewportInsight(model2) {
  return model2.insightKey === InsightKeys.VIEWPORT;
}
__name(isViewportInsight, "isViewportInsight");
function generateInsight18(data31, context) {
  const viewportEvent = data31.UserInteractions.parseMetaViewportEvents.find((event) => {
    if (event.args.data.frame !== context.frameId) {
      return false;
    }
    return Timing_exports3.eventIsInBounds(event, context.bounds);
  });
  const compositorEvents = data31.UserInteractions.beginCommitCompositorFrameEvents.filter((event) => {
    if (event.args.frame !== context.frameId) {
      return false;
    }
    if (viewportEvent && event.ts < viewportEvent.ts) {
      return false;
    }
    return Timing_exports3.eventIsInBounds(event, context.bounds);
  });
  if (!compositorEvents.length) {
    return finalize48({
      mobileOptimized: null,
      warnings: [InsightWarning.NO_LAYOUT]
    });
  }
  for (const event of compositorEvents) {
    if (!event.args.is_mobile_optimized) {
      const longPointerInteractions = [...data31.UserInteractions.interactionsOverThreshold.values()].filter((interaction) => ModelHandlers_exports.UserInteractions.categoryOfInteraction(interaction) === "POINTER" && interaction.inputDelay >= 5e4);
      const inputDelay = Math.max(0, ...longPointerInteractions.map((interaction) => interaction.inputDelay)) / 1e3;
      const inpMetricSavings = NumberUtilities_exports.clamp(inputDelay, 0, 300);
      return finalize48({
        mobileOptimized: false,
        viewportEvent,
        longPointerInteractions,
        metricSavings: { INP: inpMetricSavings }
      });
    }
  }
  return finalize48({
    mobileOptimized: true,
    viewportEvent
  });
}
__name(generateInsight18, "generateInsight");
function createOverlays18(model2) {
  if (!model2.longPointerInteractions) {
    return [];
  }
  return model2.longPointerInteractions.map((interaction) => {
    const delay = Math.min(interaction.inputDelay, 300 * 1e3);
    const bounds = Timing_exports3.traceWindowFromMicroSeconds(Timing_exports.Micro(interaction.ts), Timing_exports.Micro(interaction.ts + delay));
    return {
      type: "TIMESPAN_BREAKDOWN",
      entry: interaction,
      sections: [{ bounds, label: i18nString18(UIStrings18.mobileTapDelayLabel), showDuration: true }],
      renderLocation: "ABOVE_EVENT"
    };
  });
}
__name(createOverlays18, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/lantern/core/core.js
var core_exports = {};
__export(core_exports, {
  LanternError: () => LanternError,
  NetworkAnalyzer: () => NetworkAnalyzer
});

// node_modules/@paulirish/trace_engine/models/trace/lantern/core/LanternError.js
var LanternError = class extends Error {
  static {
    __name(this, "LanternError");
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/core/NetworkAnalyzer.js
var UrlUtils = class {
  static {
    __name(this, "UrlUtils");
  }
  /**
   * There is fancy URL rewriting logic for the chrome://settings page that we need to work around.
   * Why? Special handling was added by Chrome team to allow a pushState transition between chrome:// pages.
   * As a result, the network URL (chrome://chrome/settings/) doesn't match the final document URL (chrome://settings/).
   */
  static rewriteChromeInternalUrl(url) {
    if (!url?.startsWith("chrome://")) {
      return url;
    }
    if (url.endsWith("/")) {
      url = url.replace(/\/$/, "");
    }
    return url.replace(/^chrome:\/\/chrome\//, "chrome://");
  }
  /**
   * Determine if url1 equals url2, ignoring URL fragments.
   */
  static equalWithExcludedFragments(url1, url2) {
    [url1, url2] = [url1, url2].map(this.rewriteChromeInternalUrl);
    try {
      const urla = new URL(url1);
      urla.hash = "";
      const urlb = new URL(url2);
      urlb.hash = "";
      return urla.href === urlb.href;
    } catch {
      return false;
    }
  }
};
var INITIAL_CWD = 14 * 1024;
var DEFAULT_SERVER_RESPONSE_PERCENTAGE = 0.4;
var SERVER_RESPONSE_PERCENTAGE_OF_TTFB = {
  Document: 0.9,
  XHR: 0.9,
  Fetch: 0.9
};
var NetworkAnalyzer = class _NetworkAnalyzer {
  static {
    __name(this, "NetworkAnalyzer");
  }
  static get summary() {
    return "__SUMMARY__";
  }
  static groupByOrigin(records) {
    const grouped = /* @__PURE__ */ new Map();
    records.forEach((item) => {
      const key = item.parsedURL.securityOrigin;
      if (key.startsWith("chrome-extension:")) {
        return;
      }
      const group = grouped.get(key) || [];
      group.push(item);
      grouped.set(key, group);
    });
    return grouped;
  }
  static getSummary(values) {
    values.sort((a, b) => a - b);
    let median;
    if (values.length === 0) {
      median = values[0];
    } else if (values.length % 2 === 0) {
      const a = values[Math.floor((values.length - 1) / 2)];
      const b = values[Math.floor((values.length - 1) / 2) + 1];
      median = (a + b) / 2;
    } else {
      median = values[Math.floor((values.length - 1) / 2)];
    }
    return {
      min: values[0],
      max: values[values.length - 1],
      avg: values.reduce((a, b) => a + b, 0) / values.length,
      median
    };
  }
  static summarize(values) {
    const summaryByKey = /* @__PURE__ */ new Map();
    const allEstimates = [];
    for (const [key, estimates] of values) {
      summaryByKey.set(key, _NetworkAnalyzer.getSummary(estimates));
      allEstimates.push(...estimates);
    }
    summaryByKey.set(_NetworkAnalyzer.summary, _NetworkAnalyzer.getSummary(allEstimates));
    return summaryByKey;
  }
  static estimateValueByOrigin(requests, iteratee) {
    const connectionWasReused = _NetworkAnalyzer.estimateIfConnectionWasReused(requests);
    const groupedByOrigin = _NetworkAnalyzer.groupByOrigin(requests);
    const estimates = /* @__PURE__ */ new Map();
    for (const [origin, originRequests] of groupedByOrigin.entries()) {
      let originEstimates = [];
      for (const request of originRequests) {
        const timing = request.timing;
        if (!timing) {
          continue;
        }
        const value = iteratee({
          request,
          timing,
          connectionReused: connectionWasReused.get(request.requestId)
        });
        if (typeof value !== "undefined") {
          originEstimates = originEstimates.concat(value);
        }
      }
      if (!originEstimates.length) {
        continue;
      }
      estimates.set(origin, originEstimates);
    }
    return estimates;
  }
  /**
   * Estimates the observed RTT to each origin based on how long the connection setup.
   * For h1 and h2, this could includes two estimates - one for the TCP handshake, another for
   * SSL negotiation.
   * For h3, we get only one estimate since QUIC establishes a secure connection in a
   * single handshake.
   * This is the most accurate and preferred method of measurement when the data is available.
   */
  static estimateRTTViaConnectionTiming(info) {
    const { timing, connectionReused, request } = info;
    if (connectionReused) {
      return;
    }
    const { connectStart, sslStart, sslEnd, connectEnd } = timing;
    if (connectEnd >= 0 && connectStart >= 0 && request.protocol.startsWith("h3")) {
      return connectEnd - connectStart;
    }
    if (sslStart >= 0 && sslEnd >= 0 && sslStart !== connectStart) {
      return [connectEnd - sslStart, sslStart - connectStart];
    }
    if (connectStart >= 0 && connectEnd >= 0) {
      return connectEnd - connectStart;
    }
    return;
  }
  /**
   * Estimates the observed RTT to each origin based on how long a download took on a fresh connection.
   * NOTE: this will tend to overestimate the actual RTT quite significantly as the download can be
   * slow for other reasons as well such as bandwidth constraints.
   */
  static estimateRTTViaDownloadTiming(info) {
    const { timing, connectionReused, request } = info;
    if (connectionReused) {
      return;
    }
    if (request.transferSize <= INITIAL_CWD) {
      return;
    }
    if (!Number.isFinite(timing.receiveHeadersEnd) || timing.receiveHeadersEnd < 0) {
      return;
    }
    const totalTime = request.networkEndTime - request.networkRequestTime;
    const downloadTimeAfterFirstByte = totalTime - timing.receiveHeadersEnd;
    const numberOfRoundTrips = Math.log2(request.transferSize / INITIAL_CWD);
    if (numberOfRoundTrips > 5) {
      return;
    }
    return downloadTimeAfterFirstByte / numberOfRoundTrips;
  }
  /**
   * Estimates the observed RTT to each origin based on how long it took until Chrome could
   * start sending the actual request when a new connection was required.
   * NOTE: this will tend to overestimate the actual RTT as the request can be delayed for other
   * reasons as well such as more SSL handshakes if TLS False Start is not enabled.
   */
  static estimateRTTViaSendStartTiming(info) {
    const { timing, connectionReused, request } = info;
    if (connectionReused) {
      return;
    }
    if (!Number.isFinite(timing.sendStart) || timing.sendStart < 0) {
      return;
    }
    let roundTrips = 1;
    if (!request.protocol.startsWith("h3")) {
      roundTrips += 1;
    }
    if (request.parsedURL.scheme === "https") {
      roundTrips += 1;
    }
    return timing.sendStart / roundTrips;
  }
  /**
   * Estimates the observed RTT to each origin based on how long it took until Chrome received the
   * headers of the response (~TTFB).
   * NOTE: this is the most inaccurate way to estimate the RTT, but in some environments it's all
   * we have access to :(
   */
  static estimateRTTViaHeadersEndTiming(info) {
    const { timing, connectionReused, request } = info;
    if (!Number.isFinite(timing.receiveHeadersEnd) || timing.receiveHeadersEnd < 0) {
      return;
    }
    if (!request.resourceType) {
      return;
    }
    const serverResponseTimePercentage = SERVER_RESPONSE_PERCENTAGE_OF_TTFB[request.resourceType] || DEFAULT_SERVER_RESPONSE_PERCENTAGE;
    const estimatedServerResponseTime = timing.receiveHeadersEnd * serverResponseTimePercentage;
    let roundTrips = 1;
    if (!connectionReused) {
      roundTrips += 1;
      if (!request.protocol.startsWith("h3")) {
        roundTrips += 1;
      }
      if (request.parsedURL.scheme === "https") {
        roundTrips += 1;
      }
    }
    return Math.max((timing.receiveHeadersEnd - estimatedServerResponseTime) / roundTrips, 3);
  }
  /**
   * Given the RTT to each origin, estimates the observed server response times.
   */
  static estimateResponseTimeByOrigin(records, rttByOrigin) {
    return _NetworkAnalyzer.estimateValueByOrigin(records, ({ request, timing }) => {
      if (request.serverResponseTime !== void 0) {
        return request.serverResponseTime;
      }
      if (!Number.isFinite(timing.receiveHeadersEnd) || timing.receiveHeadersEnd < 0) {
        return;
      }
      if (!Number.isFinite(timing.sendEnd) || timing.sendEnd < 0) {
        return;
      }
      const ttfb = timing.receiveHeadersEnd - timing.sendEnd;
      const origin = request.parsedURL.securityOrigin;
      const rtt = rttByOrigin.get(origin) || rttByOrigin.get(_NetworkAnalyzer.summary) || 0;
      return Math.max(ttfb - rtt, 0);
    });
  }
  static canTrustConnectionInformation(requests) {
    const connectionIdWasStarted = /* @__PURE__ */ new Map();
    for (const request of requests) {
      const started = connectionIdWasStarted.get(request.connectionId) || !request.connectionReused;
      connectionIdWasStarted.set(request.connectionId, started);
    }
    if (connectionIdWasStarted.size <= 1) {
      return false;
    }
    return Array.from(connectionIdWasStarted.values()).every((started) => started);
  }
  /**
   * Returns a map of requestId -> connectionReused, estimating the information if the information
   * available in the records themselves appears untrustworthy.
   */
  static estimateIfConnectionWasReused(records, options) {
    const { forceCoarseEstimates = false } = options || {};
    if (!forceCoarseEstimates && _NetworkAnalyzer.canTrustConnectionInformation(records)) {
      return new Map(records.map((request) => [request.requestId, Boolean(request.connectionReused)]));
    }
    const connectionWasReused = /* @__PURE__ */ new Map();
    const groupedByOrigin = _NetworkAnalyzer.groupByOrigin(records);
    for (const originRecords of groupedByOrigin.values()) {
      const earliestReusePossible = originRecords.map((request) => request.networkEndTime).reduce((a, b) => Math.min(a, b), Infinity);
      for (const request of originRecords) {
        connectionWasReused.set(request.requestId, request.networkRequestTime >= earliestReusePossible || request.protocol === "h2");
      }
      const firstRecord = originRecords.reduce((a, b) => {
        return a.networkRequestTime > b.networkRequestTime ? b : a;
      });
      connectionWasReused.set(firstRecord.requestId, false);
    }
    return connectionWasReused;
  }
  /**
   * Estimates the RTT to each origin by examining observed network timing information.
   * Attempts to use the most accurate information first and falls back to coarser estimates when it
   * is unavailable.
   */
  static estimateRTTByOrigin(records, options) {
    const {
      forceCoarseEstimates = false,
      // coarse estimates include lots of extra time and noise
      // multiply by some factor to deflate the estimates a bit.
      coarseEstimateMultiplier = 0.3,
      useDownloadEstimates = true,
      useSendStartEstimates = true,
      useHeadersEndEstimates = true
    } = options || {};
    const connectionWasReused = _NetworkAnalyzer.estimateIfConnectionWasReused(records);
    const groupedByOrigin = _NetworkAnalyzer.groupByOrigin(records);
    const estimatesByOrigin = /* @__PURE__ */ new Map();
    for (const [origin, originRequests] of groupedByOrigin.entries()) {
      let collectEstimates = function(estimator, multiplier = 1) {
        for (const request of originRequests) {
          const timing = request.timing;
          if (!timing || !request.transferSize) {
            continue;
          }
          const estimates = estimator({
            request,
            timing,
            connectionReused: connectionWasReused.get(request.requestId)
          });
          if (estimates === void 0) {
            continue;
          }
          if (!Array.isArray(estimates)) {
            originEstimates.push(estimates * multiplier);
          } else {
            originEstimates.push(...estimates.map((e) => e * multiplier));
          }
        }
      };
      __name(collectEstimates, "collectEstimates");
      const originEstimates = [];
      if (!forceCoarseEstimates) {
        collectEstimates(this.estimateRTTViaConnectionTiming);
      }
      if (!originEstimates.length) {
        if (useDownloadEstimates) {
          collectEstimates(this.estimateRTTViaDownloadTiming, coarseEstimateMultiplier);
        }
        if (useSendStartEstimates) {
          collectEstimates(this.estimateRTTViaSendStartTiming, coarseEstimateMultiplier);
        }
        if (useHeadersEndEstimates) {
          collectEstimates(this.estimateRTTViaHeadersEndTiming, coarseEstimateMultiplier);
        }
      }
      if (originEstimates.length) {
        estimatesByOrigin.set(origin, originEstimates);
      }
    }
    return _NetworkAnalyzer.summarize(estimatesByOrigin);
  }
  static estimateMinimumRTTByOrigin(records, options) {
    const rttByOrigin = /* @__PURE__ */ new Map();
    for (const [origin, summary] of _NetworkAnalyzer.estimateRTTByOrigin(records, options).entries()) {
      rttByOrigin.set(origin, summary.min);
    }
    return rttByOrigin;
  }
  /**
   * Estimates the server response time of each origin. RTT times must be passed in.
   */
  static estimateServerResponseTimeByOrigin(records, options) {
    const estimatesByOrigin = _NetworkAnalyzer.estimateResponseTimeByOrigin(records, options.rttByOrigin);
    return _NetworkAnalyzer.summarize(estimatesByOrigin);
  }
  /**
   * Computes the average throughput for the given requests in bits/second.
   * Excludes data URI, failed or otherwise incomplete, and cached requests.
   * Returns null if there were no analyzable network requests.
   */
  static estimateThroughput(records) {
    let totalBytes = 0;
    const timeBoundaries = records.reduce((boundaries, request) => {
      const scheme = request.parsedURL?.scheme;
      if (scheme === "data" || request.failed || !request.finished || request.statusCode > 300 || !request.transferSize) {
        return boundaries;
      }
      totalBytes += request.transferSize;
      boundaries.push({ time: request.responseHeadersEndTime / 1e3, isStart: true });
      boundaries.push({ time: request.networkEndTime / 1e3, isStart: false });
      return boundaries;
    }, []).sort((a, b) => a.time - b.time);
    if (!timeBoundaries.length) {
      return null;
    }
    let inflight = 0;
    let currentStart = 0;
    let totalDuration = 0;
    timeBoundaries.forEach((boundary) => {
      if (boundary.isStart) {
        if (inflight === 0) {
          currentStart = boundary.time;
        }
        inflight++;
      } else {
        inflight--;
        if (inflight === 0) {
          totalDuration += boundary.time - currentStart;
        }
      }
    });
    return totalBytes * 8 / totalDuration;
  }
  static computeRTTAndServerResponseTime(records) {
    const rttByOrigin = _NetworkAnalyzer.estimateMinimumRTTByOrigin(records);
    const minimumRtt = rttByOrigin.size ? Math.min(...Array.from(rttByOrigin.values())) : 0;
    const responseTimeSummaries = _NetworkAnalyzer.estimateServerResponseTimeByOrigin(records, {
      rttByOrigin
    });
    const additionalRttByOrigin = /* @__PURE__ */ new Map();
    const serverResponseTimeByOrigin = /* @__PURE__ */ new Map();
    for (const [origin, summary] of responseTimeSummaries.entries()) {
      const rttForOrigin = rttByOrigin.get(origin) || minimumRtt;
      additionalRttByOrigin.set(origin, rttForOrigin - minimumRtt);
      serverResponseTimeByOrigin.set(origin, summary.median);
    }
    return {
      rtt: minimumRtt,
      additionalRttByOrigin,
      serverResponseTimeByOrigin
    };
  }
  static analyze(records) {
    const throughput = _NetworkAnalyzer.estimateThroughput(records);
    if (throughput === null) {
      return null;
    }
    return {
      throughput,
      ..._NetworkAnalyzer.computeRTTAndServerResponseTime(records)
    };
  }
  static findResourceForUrl(records, resourceUrl) {
    return records.find((request) => resourceUrl.startsWith(request.url) && UrlUtils.equalWithExcludedFragments(request.url, resourceUrl));
  }
  static findLastDocumentForUrl(records, resourceUrl) {
    const matchingRequests = records.filter((request) => request.resourceType === "Document" && !request.failed && // Note: `request.url` should never have a fragment, else this optimization gives wrong results.
    resourceUrl.startsWith(request.url) && UrlUtils.equalWithExcludedFragments(request.url, resourceUrl));
    return matchingRequests[matchingRequests.length - 1];
  }
  /**
   * Resolves redirect chain given a main document.
   * See: {@link NetworkAnalyzer.findLastDocumentForUrl} for how to retrieve main document.
   */
  static resolveRedirects(request) {
    while (request.redirectDestination) {
      request = request.redirectDestination;
    }
    return request;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/graph/graph.js
var graph_exports = {};
__export(graph_exports, {
  BaseNode: () => BaseNode,
  CPUNode: () => CPUNode,
  NetworkNode: () => NetworkNode,
  PageDependencyGraph: () => PageDependencyGraph
});

// node_modules/@paulirish/trace_engine/models/trace/lantern/graph/BaseNode.js
var BaseNode = class _BaseNode {
  static {
    __name(this, "BaseNode");
  }
  static types = {
    NETWORK: "network",
    CPU: "cpu"
  };
  _id;
  _isMainDocument;
  dependents;
  dependencies;
  constructor(id) {
    this._id = id;
    this._isMainDocument = false;
    this.dependents = [];
    this.dependencies = [];
  }
  get id() {
    return this._id;
  }
  get type() {
    throw new LanternError("Unimplemented");
  }
  /**
   * In microseconds
   */
  get startTime() {
    throw new LanternError("Unimplemented");
  }
  /**
   * In microseconds
   */
  get endTime() {
    throw new LanternError("Unimplemented");
  }
  setIsMainDocument(value) {
    this._isMainDocument = value;
  }
  isMainDocument() {
    return this._isMainDocument;
  }
  getDependents() {
    return this.dependents.slice();
  }
  getNumberOfDependents() {
    return this.dependents.length;
  }
  getDependencies() {
    return this.dependencies.slice();
  }
  getNumberOfDependencies() {
    return this.dependencies.length;
  }
  getRootNode() {
    let rootNode = this;
    while (rootNode.dependencies.length) {
      rootNode = rootNode.dependencies[0];
    }
    return rootNode;
  }
  addDependent(node) {
    node.addDependency(this);
  }
  addDependency(node) {
    if (node === this) {
      throw new LanternError("Cannot add dependency on itself");
    }
    if (this.dependencies.includes(node)) {
      return;
    }
    node.dependents.push(this);
    this.dependencies.push(node);
  }
  removeDependent(node) {
    node.removeDependency(this);
  }
  removeDependency(node) {
    if (!this.dependencies.includes(node)) {
      return;
    }
    const thisIndex = node.dependents.indexOf(this);
    node.dependents.splice(thisIndex, 1);
    this.dependencies.splice(this.dependencies.indexOf(node), 1);
  }
  // Unused in devtools, but used in LH.
  removeAllDependencies() {
    for (const node of this.dependencies.slice()) {
      this.removeDependency(node);
    }
  }
  /**
   * Computes whether the given node is anywhere in the dependency graph of this node.
   * While this method can prevent cycles, it walks the graph and should be used sparingly.
   * Nodes are always considered dependent on themselves for the purposes of cycle detection.
   */
  isDependentOn(node) {
    let isDependentOnNode = false;
    this.traverse((currentNode) => {
      if (isDependentOnNode) {
        return;
      }
      isDependentOnNode = currentNode === node;
    }, (currentNode) => {
      if (isDependentOnNode) {
        return [];
      }
      return currentNode.getDependencies();
    });
    return isDependentOnNode;
  }
  /**
   * Clones the node's information without adding any dependencies/dependents.
   */
  cloneWithoutRelationships() {
    const node = new _BaseNode(this.id);
    node.setIsMainDocument(this._isMainDocument);
    return node;
  }
  /**
   * Clones the entire graph connected to this node filtered by the optional predicate. If a node is
   * included by the predicate, all nodes along the paths between the node and the root will be included. If the
   * node this was called on is not included in the resulting filtered graph, the method will throw.
   *
   * This does not clone NetworkNode's `record` or `rawRecord` fields. It may be reasonable to clone the former,
   * to assist in graph construction, but the latter should never be cloned as one constraint of Lantern is that
   * the underlying data records are accessible for plain object reference equality checks.
   */
  cloneWithRelationships(predicate) {
    const rootNode = this.getRootNode();
    const idsToIncludedClones = /* @__PURE__ */ new Map();
    rootNode.traverse((node) => {
      if (idsToIncludedClones.has(node.id)) {
        return;
      }
      if (predicate === void 0) {
        idsToIncludedClones.set(node.id, node.cloneWithoutRelationships());
        return;
      }
      if (predicate(node)) {
        node.traverse(
          (node2) => idsToIncludedClones.set(node2.id, node2.cloneWithoutRelationships()),
          // Dependencies already cloned have already cloned ancestors, so no need to visit again.
          (node2) => node2.dependencies.filter((parent) => !idsToIncludedClones.has(parent.id))
        );
      }
    });
    rootNode.traverse((originalNode) => {
      const clonedNode = idsToIncludedClones.get(originalNode.id);
      if (!clonedNode) {
        return;
      }
      for (const dependency of originalNode.dependencies) {
        const clonedDependency = idsToIncludedClones.get(dependency.id);
        if (!clonedDependency) {
          throw new LanternError("Dependency somehow not cloned");
        }
        clonedNode.addDependency(clonedDependency);
      }
    });
    const clonedThisNode = idsToIncludedClones.get(this.id);
    if (!clonedThisNode) {
      throw new LanternError("Cloned graph missing node");
    }
    return clonedThisNode;
  }
  /**
   * Traverses all connected nodes in BFS order, calling `callback` exactly once
   * on each. `traversalPath` is the shortest (though not necessarily unique)
   * path from `node` to the root of the iteration.
   *
   * The `getNextNodes` function takes a visited node and returns which nodes to
   * visit next. It defaults to returning the node's dependents.
   */
  traverse(callback, getNextNodes) {
    for (const { node, traversalPath } of this.traverseGenerator(getNextNodes)) {
      callback(node, traversalPath);
    }
  }
  /**
   * @see BaseNode.traverse
   */
  // clang-format off
  *traverseGenerator(getNextNodes) {
    if (!getNextNodes) {
      getNextNodes = /* @__PURE__ */ __name((node) => node.getDependents(), "getNextNodes");
    }
    const queue = [[this]];
    const visited = /* @__PURE__ */ new Set([this.id]);
    while (queue.length) {
      const traversalPath = queue.shift();
      const node = traversalPath[0];
      yield { node, traversalPath };
      for (const nextNode of getNextNodes(node)) {
        if (visited.has(nextNode.id)) {
          continue;
        }
        visited.add(nextNode.id);
        queue.push([nextNode, ...traversalPath]);
      }
    }
  }
  /**
   * If the given node has a cycle, returns a path representing that cycle.
   * Else returns null.
   *
   * Does a DFS on in its dependent graph.
   */
  static findCycle(node, direction = "both") {
    if (direction === "both") {
      return _BaseNode.findCycle(node, "dependents") || _BaseNode.findCycle(node, "dependencies");
    }
    const visited = /* @__PURE__ */ new Set();
    const currentPath = [];
    const toVisit = [node];
    const depthAdded = /* @__PURE__ */ new Map([[node, 0]]);
    while (toVisit.length) {
      const currentNode = toVisit.pop();
      if (currentPath.includes(currentNode)) {
        return currentPath;
      }
      if (visited.has(currentNode)) {
        continue;
      }
      while (currentPath.length > depthAdded.get(currentNode)) {
        currentPath.pop();
      }
      visited.add(currentNode);
      currentPath.push(currentNode);
      const nodesToExplore = direction === "dependents" ? currentNode.dependents : currentNode.dependencies;
      for (const nextNode of nodesToExplore) {
        if (toVisit.includes(nextNode)) {
          continue;
        }
        toVisit.push(nextNode);
        depthAdded.set(nextNode, currentPath.length);
      }
    }
    return null;
  }
  canDependOn(node) {
    return node.startTime <= this.startTime;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/graph/CPUNode.js
var CPUNode = class _CPUNode extends BaseNode {
  static {
    __name(this, "CPUNode");
  }
  _event;
  _childEvents;
  correctedEndTs;
  constructor(parentEvent, childEvents = [], correctedEndTs) {
    const nodeId = `${parentEvent.tid}.${parentEvent.ts}`;
    super(nodeId);
    this._event = parentEvent;
    this._childEvents = childEvents;
    this.correctedEndTs = correctedEndTs;
  }
  get type() {
    return BaseNode.types.CPU;
  }
  get startTime() {
    return this._event.ts;
  }
  get endTime() {
    if (this.correctedEndTs) {
      return this.correctedEndTs;
    }
    return this._event.ts + this._event.dur;
  }
  get duration() {
    return this.endTime - this.startTime;
  }
  get event() {
    return this._event;
  }
  get childEvents() {
    return this._childEvents;
  }
  /**
   * Returns true if this node contains a Layout task.
   */
  didPerformLayout() {
    return this._childEvents.some((evt) => evt.name === "Layout");
  }
  /**
   * Returns the script URLs that had their EvaluateScript events occur in this task.
   */
  getEvaluateScriptURLs() {
    const urls = /* @__PURE__ */ new Set();
    for (const event of this._childEvents) {
      if (event.name !== "EvaluateScript") {
        continue;
      }
      if (!event.args.data?.url) {
        continue;
      }
      urls.add(event.args.data.url);
    }
    return urls;
  }
  cloneWithoutRelationships() {
    return new _CPUNode(this._event, this._childEvents, this.correctedEndTs);
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/graph/NetworkNode.js
var NON_NETWORK_SCHEMES2 = [
  "blob",
  // @see https://developer.mozilla.org/en-US/docs/Web/API/URL/createObjectURL
  "data",
  // @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URIs
  "intent",
  // @see https://developer.chrome.com/docs/multidevice/android/intents/
  "file",
  // @see https://en.wikipedia.org/wiki/File_URI_scheme
  "filesystem",
  // @see https://developer.mozilla.org/en-US/docs/Web/API/FileSystem
  "chrome-extension"
];
function isNonNetworkProtocol(protocol) {
  const urlScheme = protocol.includes(":") ? protocol.slice(0, protocol.indexOf(":")) : protocol;
  return NON_NETWORK_SCHEMES2.includes(urlScheme);
}
__name(isNonNetworkProtocol, "isNonNetworkProtocol");
var NetworkNode = class _NetworkNode extends BaseNode {
  static {
    __name(this, "NetworkNode");
  }
  _request;
  constructor(networkRequest) {
    super(networkRequest.requestId);
    this._request = networkRequest;
  }
  get type() {
    return BaseNode.types.NETWORK;
  }
  get startTime() {
    return this._request.rendererStartTime * 1e3;
  }
  get endTime() {
    return this._request.networkEndTime * 1e3;
  }
  get rawRequest() {
    return this._request.rawRequest;
  }
  get request() {
    return this._request;
  }
  get initiatorType() {
    return this._request.initiator.type;
  }
  get fromDiskCache() {
    return Boolean(this._request.fromDiskCache);
  }
  get isNonNetworkProtocol() {
    return isNonNetworkProtocol(this.request.protocol) || // But `protocol` can fail to be populated if the request fails, so fallback to scheme.
    isNonNetworkProtocol(this.request.parsedURL.scheme);
  }
  /**
   * Returns whether this network request can be downloaded without a TCP connection.
   * During simulation we treat data coming in over a network connection separately from on-device data.
   */
  get isConnectionless() {
    return this.fromDiskCache || this.isNonNetworkProtocol;
  }
  hasRenderBlockingPriority() {
    const priority = this._request.priority;
    const isScript = this._request.resourceType === "Script";
    const isDocument = this._request.resourceType === "Document";
    const isBlockingScript = priority === "High" && isScript;
    const isBlockingHtmlImport = priority === "High" && isDocument;
    return priority === "VeryHigh" || isBlockingScript || isBlockingHtmlImport;
  }
  cloneWithoutRelationships() {
    const node = new _NetworkNode(this._request);
    node.setIsMainDocument(this._isMainDocument);
    return node;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/graph/PageDependencyGraph.js
var SCHEDULABLE_TASK_TITLE_LH = "RunTask";
var SCHEDULABLE_TASK_TITLE_ALT1 = "ThreadControllerImpl::RunTask";
var SCHEDULABLE_TASK_TITLE_ALT2 = "ThreadControllerImpl::DoWork";
var SCHEDULABLE_TASK_TITLE_ALT3 = "TaskQueueManager::ProcessTaskFromWorkQueue";
var SIGNIFICANT_DUR_THRESHOLD_MS = 10;
var IGNORED_MIME_TYPES_REGEX = /^video/;
var PageDependencyGraph = class _PageDependencyGraph {
  static {
    __name(this, "PageDependencyGraph");
  }
  static getNetworkInitiators(request) {
    if (!request.initiator) {
      return [];
    }
    if (request.initiator.url) {
      return [request.initiator.url];
    }
    if (request.initiator.type === "script") {
      const scriptURLs = /* @__PURE__ */ new Set();
      let stack = request.initiator.stack;
      while (stack) {
        const callFrames = stack.callFrames || [];
        for (const frame of callFrames) {
          if (frame.url) {
            scriptURLs.add(frame.url);
          }
        }
        stack = stack.parent;
      }
      return Array.from(scriptURLs);
    }
    return [];
  }
  static getNetworkNodeOutput(networkRequests) {
    const nodes = [];
    const idToNodeMap = /* @__PURE__ */ new Map();
    const urlToNodeMap = /* @__PURE__ */ new Map();
    const frameIdToNodeMap = /* @__PURE__ */ new Map();
    networkRequests.forEach((request) => {
      if (IGNORED_MIME_TYPES_REGEX.test(request.mimeType)) {
        return;
      }
      if (request.fromWorker) {
        return;
      }
      while (idToNodeMap.has(request.requestId)) {
        request.requestId += ":duplicate";
      }
      const node = new NetworkNode(request);
      nodes.push(node);
      const urlList = urlToNodeMap.get(request.url) || [];
      urlList.push(node);
      idToNodeMap.set(request.requestId, node);
      urlToNodeMap.set(request.url, urlList);
      if (request.frameId && request.resourceType === "Document" && request.documentURL === request.url) {
        const value = frameIdToNodeMap.has(request.frameId) ? null : node;
        frameIdToNodeMap.set(request.frameId, value);
      }
    });
    return { nodes, idToNodeMap, urlToNodeMap, frameIdToNodeMap };
  }
  static isScheduleableTask(evt) {
    return evt.name === SCHEDULABLE_TASK_TITLE_LH || evt.name === SCHEDULABLE_TASK_TITLE_ALT1 || evt.name === SCHEDULABLE_TASK_TITLE_ALT2 || evt.name === SCHEDULABLE_TASK_TITLE_ALT3;
  }
  /**
   * There should *always* be at least one top level event, having 0 typically means something is
   * drastically wrong with the trace and we should just give up early and loudly.
   */
  static assertHasToplevelEvents(events) {
    const hasToplevelTask = events.some(this.isScheduleableTask);
    if (!hasToplevelTask) {
      throw new LanternError("Could not find any top level events");
    }
  }
  static getCPUNodes(mainThreadEvents) {
    const nodes = [];
    let i = 0;
    _PageDependencyGraph.assertHasToplevelEvents(mainThreadEvents);
    while (i < mainThreadEvents.length) {
      const evt = mainThreadEvents[i];
      i++;
      if (!_PageDependencyGraph.isScheduleableTask(evt) || !evt.dur) {
        continue;
      }
      let correctedEndTs = void 0;
      const children = [];
      for (const endTime = evt.ts + evt.dur; i < mainThreadEvents.length && mainThreadEvents[i].ts < endTime; i++) {
        const event = mainThreadEvents[i];
        if (_PageDependencyGraph.isScheduleableTask(event) && event.dur) {
          correctedEndTs = event.ts - 1;
          break;
        }
        children.push(event);
      }
      nodes.push(new CPUNode(evt, children, correctedEndTs));
    }
    return nodes;
  }
  static linkNetworkNodes(rootNode, networkNodeOutput) {
    networkNodeOutput.nodes.forEach((node) => {
      const directInitiatorRequest = node.request.initiatorRequest || rootNode.request;
      const directInitiatorNode = networkNodeOutput.idToNodeMap.get(directInitiatorRequest.requestId) || rootNode;
      const canDependOnInitiator = !directInitiatorNode.isDependentOn(node) && node.canDependOn(directInitiatorNode);
      const initiators = _PageDependencyGraph.getNetworkInitiators(node.request);
      if (initiators.length) {
        initiators.forEach((initiator) => {
          const parentCandidates = networkNodeOutput.urlToNodeMap.get(initiator) || [];
          if (parentCandidates.length === 1 && parentCandidates[0].startTime <= node.startTime && !parentCandidates[0].isDependentOn(node)) {
            node.addDependency(parentCandidates[0]);
          } else if (canDependOnInitiator) {
            directInitiatorNode.addDependent(node);
          }
        });
      } else if (canDependOnInitiator) {
        directInitiatorNode.addDependent(node);
      }
      if (node !== rootNode && node.getDependencies().length === 0 && node.canDependOn(rootNode)) {
        node.addDependency(rootNode);
      }
      if (!node.request.redirects) {
        return;
      }
      const redirects = [...node.request.redirects, node.request];
      for (let i = 1; i < redirects.length; i++) {
        const redirectNode = networkNodeOutput.idToNodeMap.get(redirects[i - 1].requestId);
        const actualNode = networkNodeOutput.idToNodeMap.get(redirects[i].requestId);
        if (actualNode && redirectNode) {
          actualNode.addDependency(redirectNode);
        }
      }
    });
  }
  static linkCPUNodes(rootNode, networkNodeOutput, cpuNodes) {
    const linkableResourceTypes = /* @__PURE__ */ new Set([
      "XHR",
      "Fetch",
      "Script"
    ]);
    function addDependentNetworkRequest(cpuNode, reqId) {
      const networkNode = networkNodeOutput.idToNodeMap.get(reqId);
      if (!networkNode || // Ignore all network nodes that started before this CPU task started
      // A network request that started earlier could not possibly have been started by this task
      networkNode.startTime <= cpuNode.startTime) {
        return;
      }
      const { request } = networkNode;
      const resourceType = request.resourceType || request.redirectDestination?.resourceType;
      if (!linkableResourceTypes.has(resourceType)) {
        return;
      }
      cpuNode.addDependent(networkNode);
    }
    __name(addDependentNetworkRequest, "addDependentNetworkRequest");
    function addDependencyOnFrame(cpuNode, frameId) {
      if (!frameId) {
        return;
      }
      const networkNode = networkNodeOutput.frameIdToNodeMap.get(frameId);
      if (!networkNode) {
        return;
      }
      if (networkNode.startTime >= cpuNode.startTime) {
        return;
      }
      cpuNode.addDependency(networkNode);
    }
    __name(addDependencyOnFrame, "addDependencyOnFrame");
    function addDependencyOnUrl(cpuNode, url) {
      if (!url) {
        return;
      }
      const minimumAllowableTimeSinceNetworkNodeEnd = -100 * 1e3;
      const candidates = networkNodeOutput.urlToNodeMap.get(url) || [];
      let minCandidate = null;
      let minDistance = Infinity;
      for (const candidate of candidates) {
        if (cpuNode.startTime <= candidate.startTime) {
          return;
        }
        const distance = cpuNode.startTime - candidate.endTime;
        if (distance >= minimumAllowableTimeSinceNetworkNodeEnd && distance < minDistance) {
          minCandidate = candidate;
          minDistance = distance;
        }
      }
      if (!minCandidate) {
        return;
      }
      cpuNode.addDependency(minCandidate);
    }
    __name(addDependencyOnUrl, "addDependencyOnUrl");
    const timers = /* @__PURE__ */ new Map();
    for (const node of cpuNodes) {
      for (const evt of node.childEvents) {
        if (!evt.args.data) {
          continue;
        }
        const argsUrl = evt.args.data.url;
        const stackTraceUrls = (evt.args.data.stackTrace || []).map((l) => l.url).filter(Boolean);
        switch (evt.name) {
          case "TimerInstall":
            timers.set(evt.args.data.timerId, node);
            stackTraceUrls.forEach((url) => addDependencyOnUrl(node, url));
            break;
          case "TimerFire": {
            const installer = timers.get(evt.args.data.timerId);
            if (!installer || installer.endTime > node.startTime) {
              break;
            }
            installer.addDependent(node);
            break;
          }
          case "InvalidateLayout":
          case "ScheduleStyleRecalculation":
            addDependencyOnFrame(node, evt.args.data.frame);
            stackTraceUrls.forEach((url) => addDependencyOnUrl(node, url));
            break;
          case "EvaluateScript":
            addDependencyOnFrame(node, evt.args.data.frame);
            addDependencyOnUrl(node, argsUrl);
            stackTraceUrls.forEach((url) => addDependencyOnUrl(node, url));
            break;
          case "XHRReadyStateChange":
            if (evt.args.data.readyState !== 4) {
              break;
            }
            addDependencyOnUrl(node, argsUrl);
            stackTraceUrls.forEach((url) => addDependencyOnUrl(node, url));
            break;
          case "FunctionCall":
          case "v8.compile":
            addDependencyOnFrame(node, evt.args.data.frame);
            addDependencyOnUrl(node, argsUrl);
            break;
          case "ParseAuthorStyleSheet":
            addDependencyOnFrame(node, evt.args.data.frame);
            addDependencyOnUrl(node, evt.args.data.styleSheetUrl);
            break;
          case "ResourceSendRequest":
            addDependencyOnFrame(node, evt.args.data.frame);
            addDependentNetworkRequest(node, evt.args.data.requestId);
            stackTraceUrls.forEach((url) => addDependencyOnUrl(node, url));
            break;
        }
      }
      if (node.getNumberOfDependencies() === 0 && node.canDependOn(rootNode)) {
        node.addDependency(rootNode);
      }
    }
    const minimumEvtDur = SIGNIFICANT_DUR_THRESHOLD_MS * 1e3;
    let foundFirstLayout = false;
    let foundFirstPaint = false;
    let foundFirstParse = false;
    for (const node of cpuNodes) {
      let isFirst = false;
      if (!foundFirstLayout && node.childEvents.some((evt) => evt.name === "Layout")) {
        isFirst = foundFirstLayout = true;
      }
      if (!foundFirstPaint && node.childEvents.some((evt) => evt.name === "Paint")) {
        isFirst = foundFirstPaint = true;
      }
      if (!foundFirstParse && node.childEvents.some((evt) => evt.name === "ParseHTML")) {
        isFirst = foundFirstParse = true;
      }
      if (isFirst || node.duration >= minimumEvtDur) {
        continue;
      }
      if (node.getNumberOfDependencies() === 1 || node.getNumberOfDependents() <= 1) {
        _PageDependencyGraph.pruneNode(node);
      }
    }
  }
  /**
   * Removes the given node from the graph, but retains all paths between its dependencies and
   * dependents.
   */
  static pruneNode(node) {
    const dependencies = node.getDependencies();
    const dependents = node.getDependents();
    for (const dependency of dependencies) {
      node.removeDependency(dependency);
      for (const dependent of dependents) {
        dependency.addDependent(dependent);
      }
    }
    for (const dependent of dependents) {
      node.removeDependent(dependent);
    }
  }
  /**
   * TODO: remove when CDT backend in Lighthouse is gone. Until then, this is a useful debugging tool
   * to find delta between using CDP or the trace to create the network requests.
   *
   * When a test fails using the trace backend, I enabled this debug method and copied the network
   * requests when CDP was used, then when trace is used, and diff'd them. This method helped
   * remove non-logical differences from the comparison (order of properties, slight rounding
   * discrepancies, removing object cycles, etc).
   *
   * When using for a unit test, make sure to do `.only` so you are getting what you expect.
   */
  static debugNormalizeRequests(lanternRequests) {
    for (const request of lanternRequests) {
      request.rendererStartTime = Math.round(request.rendererStartTime * 1e3) / 1e3;
      request.networkRequestTime = Math.round(request.networkRequestTime * 1e3) / 1e3;
      request.responseHeadersEndTime = Math.round(request.responseHeadersEndTime * 1e3) / 1e3;
      request.networkEndTime = Math.round(request.networkEndTime * 1e3) / 1e3;
    }
    for (const r of lanternRequests) {
      delete r.rawRequest;
      if (r.initiatorRequest) {
        r.initiatorRequest = { id: r.initiatorRequest.requestId };
      }
      if (r.redirectDestination) {
        r.redirectDestination = { id: r.redirectDestination.requestId };
      }
      if (r.redirectSource) {
        r.redirectSource = { id: r.redirectSource.requestId };
      }
      if (r.redirects) {
        r.redirects = r.redirects.map((r2) => r2.requestId);
      }
    }
    const requests = lanternRequests.map((r) => ({
      requestId: r.requestId,
      connectionId: r.connectionId,
      connectionReused: r.connectionReused,
      url: r.url,
      protocol: r.protocol,
      parsedURL: r.parsedURL,
      documentURL: r.documentURL,
      rendererStartTime: r.rendererStartTime,
      networkRequestTime: r.networkRequestTime,
      responseHeadersEndTime: r.responseHeadersEndTime,
      networkEndTime: r.networkEndTime,
      transferSize: r.transferSize,
      resourceSize: r.resourceSize,
      fromDiskCache: r.fromDiskCache,
      fromMemoryCache: r.fromMemoryCache,
      finished: r.finished,
      statusCode: r.statusCode,
      redirectSource: r.redirectSource,
      redirectDestination: r.redirectDestination,
      redirects: r.redirects,
      failed: r.failed,
      initiator: r.initiator,
      timing: r.timing ? {
        requestTime: r.timing.requestTime,
        proxyStart: r.timing.proxyStart,
        proxyEnd: r.timing.proxyEnd,
        dnsStart: r.timing.dnsStart,
        dnsEnd: r.timing.dnsEnd,
        connectStart: r.timing.connectStart,
        connectEnd: r.timing.connectEnd,
        sslStart: r.timing.sslStart,
        sslEnd: r.timing.sslEnd,
        workerStart: r.timing.workerStart,
        workerReady: r.timing.workerReady,
        workerFetchStart: r.timing.workerFetchStart,
        workerRespondWithSettled: r.timing.workerRespondWithSettled,
        sendStart: r.timing.sendStart,
        sendEnd: r.timing.sendEnd,
        pushStart: r.timing.pushStart,
        pushEnd: r.timing.pushEnd,
        receiveHeadersStart: r.timing.receiveHeadersStart,
        receiveHeadersEnd: r.timing.receiveHeadersEnd
      } : r.timing,
      resourceType: r.resourceType,
      mimeType: r.mimeType,
      priority: r.priority,
      initiatorRequest: r.initiatorRequest,
      frameId: r.frameId,
      fromWorker: r.fromWorker,
      isLinkPreload: r.isLinkPreload,
      serverResponseTime: r.serverResponseTime
    })).filter((r) => !r.fromWorker);
    const debug = requests;
    console.log(debug);
  }
  static createGraph(mainThreadEvents, networkRequests, url) {
    const networkNodeOutput = _PageDependencyGraph.getNetworkNodeOutput(networkRequests);
    const cpuNodes = _PageDependencyGraph.getCPUNodes(mainThreadEvents);
    const { requestedUrl, mainDocumentUrl } = url;
    if (!requestedUrl) {
      throw new LanternError("requestedUrl is required to get the root request");
    }
    if (!mainDocumentUrl) {
      throw new LanternError("mainDocumentUrl is required to get the main resource");
    }
    const rootRequest = NetworkAnalyzer.findResourceForUrl(networkRequests, requestedUrl);
    if (!rootRequest) {
      throw new LanternError("rootRequest not found");
    }
    const rootNode = networkNodeOutput.idToNodeMap.get(rootRequest.requestId);
    if (!rootNode) {
      throw new LanternError("rootNode not found");
    }
    const mainDocumentRequest = NetworkAnalyzer.findLastDocumentForUrl(networkRequests, mainDocumentUrl);
    if (!mainDocumentRequest) {
      throw new LanternError("mainDocumentRequest not found");
    }
    const mainDocumentNode = networkNodeOutput.idToNodeMap.get(mainDocumentRequest.requestId);
    if (!mainDocumentNode) {
      throw new LanternError("mainDocumentNode not found");
    }
    _PageDependencyGraph.linkNetworkNodes(rootNode, networkNodeOutput);
    _PageDependencyGraph.linkCPUNodes(rootNode, networkNodeOutput, cpuNodes);
    mainDocumentNode.setIsMainDocument(true);
    if (NetworkNode.findCycle(rootNode)) {
      throw new LanternError("Invalid dependency graph created, cycle detected");
    }
    return rootNode;
  }
  // Unused, but useful for debugging.
  static printGraph(rootNode, widthInCharacters = 80) {
    function padRight(str, target, padChar = " ") {
      return str + padChar.repeat(Math.max(target - str.length, 0));
    }
    __name(padRight, "padRight");
    const nodes = [];
    rootNode.traverse((node) => nodes.push(node));
    nodes.sort((a, b) => a.startTime - b.startTime);
    const nodeToLabel = /* @__PURE__ */ new Map();
    rootNode.traverse((node) => {
      const ascii = 65 + nodeToLabel.size;
      let label;
      if (ascii > 90) {
        label = `Z${ascii - 90}`;
      } else {
        label = String.fromCharCode(ascii);
      }
      nodeToLabel.set(node, label);
    });
    const min = nodes[0].startTime;
    const max = nodes.reduce((max2, node) => Math.max(max2, node.endTime), 0);
    const totalTime = max - min;
    const timePerCharacter = totalTime / widthInCharacters;
    nodes.forEach((node) => {
      const offset = Math.round((node.startTime - min) / timePerCharacter);
      const length = Math.ceil((node.endTime - node.startTime) / timePerCharacter);
      const bar = padRight("", offset) + padRight("", length, "=");
      const displayName = node.request ? node.request.url : node.type;
      console.log(padRight(bar, widthInCharacters), `| ${displayName.slice(0, 50)}`);
    });
    console.log();
    nodes.forEach((node) => {
      const displayName = node.request ? node.request.url : node.type;
      console.log(nodeToLabel.get(node), displayName.slice(0, widthInCharacters - 5));
      for (const child of node.dependents) {
        const displayName2 = child.request ? child.request.url : child.type;
        console.log("  ->", nodeToLabel.get(child), displayName2.slice(0, widthInCharacters - 10));
      }
      console.log();
    });
    const cyclePath = NetworkNode.findCycle(rootNode);
    console.log("Cycle?", cyclePath ? "yes" : "no");
    if (cyclePath) {
      const path = [...cyclePath];
      path.push(path[0]);
      console.log(path.map((node) => nodeToLabel.get(node)).join(" -> "));
    }
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/metrics.js
var metrics_exports = {};
__export(metrics_exports, {
  FirstContentfulPaint: () => FirstContentfulPaint,
  Interactive: () => Interactive,
  LargestContentfulPaint: () => LargestContentfulPaint,
  MaxPotentialFID: () => MaxPotentialFID,
  Metric: () => Metric,
  SpeedIndex: () => SpeedIndex,
  TBTUtils: () => TBTUtils_exports,
  TotalBlockingTime: () => TotalBlockingTime
});

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/Metric.js
var Metric = class {
  static {
    __name(this, "Metric");
  }
  static getScriptUrls(dependencyGraph, treatNodeAsRenderBlocking) {
    const scriptUrls = /* @__PURE__ */ new Set();
    dependencyGraph.traverse((node) => {
      if (node.type !== BaseNode.types.NETWORK) {
        return;
      }
      if (node.request.resourceType !== "Script") {
        return;
      }
      if (treatNodeAsRenderBlocking?.(node)) {
        scriptUrls.add(node.request.url);
      }
    });
    return scriptUrls;
  }
  static get coefficients() {
    throw new LanternError("coefficients unimplemented!");
  }
  /**
   * Returns the coefficients, scaled by the throttling settings if needed by the metric.
   * Some lantern metrics (speed-index) use components in their estimate that are not
   * from the simulator. In this case, we need to adjust the coefficients as the target throttling
   * settings change.
   */
  static getScaledCoefficients(_rttMs) {
    return this.coefficients;
  }
  static getOptimisticGraph(_dependencyGraph, _processedNavigation) {
    throw new LanternError("Optimistic graph unimplemented!");
  }
  static getPessimisticGraph(_dependencyGraph, _processedNavigation) {
    throw new LanternError("Pessmistic graph unimplemented!");
  }
  static getEstimateFromSimulation(simulationResult, _extras) {
    return simulationResult;
  }
  static compute(data31, extras) {
    const { simulator, graph: graph2, processedNavigation } = data31;
    const metricName = this.name.replace("Lantern", "");
    const optimisticGraph = this.getOptimisticGraph(graph2, processedNavigation);
    const pessimisticGraph = this.getPessimisticGraph(graph2, processedNavigation);
    let simulateOptions = { label: `optimistic${metricName}` };
    const optimisticSimulation = simulator.simulate(optimisticGraph, simulateOptions);
    simulateOptions = { label: `pessimistic${metricName}` };
    const pessimisticSimulation = simulator.simulate(pessimisticGraph, simulateOptions);
    const optimisticEstimate = this.getEstimateFromSimulation(optimisticSimulation, { ...extras, optimistic: true });
    const pessimisticEstimate = this.getEstimateFromSimulation(pessimisticSimulation, { ...extras, optimistic: false });
    const coefficients = this.getScaledCoefficients(simulator.rtt);
    const interceptMultiplier = coefficients.intercept > 0 ? Math.min(1, optimisticEstimate.timeInMs / 1e3) : 1;
    const timing = coefficients.intercept * interceptMultiplier + coefficients.optimistic * optimisticEstimate.timeInMs + coefficients.pessimistic * pessimisticEstimate.timeInMs;
    return {
      timing,
      optimisticEstimate,
      pessimisticEstimate,
      optimisticGraph,
      pessimisticGraph
    };
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/FirstContentfulPaint.js
var FirstContentfulPaint = class extends Metric {
  static {
    __name(this, "FirstContentfulPaint");
  }
  static get coefficients() {
    return {
      intercept: 0,
      optimistic: 0.5,
      pessimistic: 0.5
    };
  }
  /**
   * Computes the set of URLs that *appeared* to be render-blocking based on our filter,
   * *but definitely were not* render-blocking based on the timing of their EvaluateScript task.
   * It also computes the set of corresponding CPU node ids that were needed for the paint at the
   * given timestamp.
   */
  static getRenderBlockingNodeData(graph2, { cutoffTimestamp, treatNodeAsRenderBlocking, additionalCpuNodesToTreatAsRenderBlocking }) {
    const scriptUrlToNodeMap = /* @__PURE__ */ new Map();
    const cpuNodes = [];
    graph2.traverse((node) => {
      if (node.type === BaseNode.types.CPU) {
        if (node.startTime <= cutoffTimestamp) {
          cpuNodes.push(node);
        }
        const scriptUrls = node.getEvaluateScriptURLs();
        for (const url of scriptUrls) {
          const existing = scriptUrlToNodeMap.get(url) || node;
          scriptUrlToNodeMap.set(url, node.startTime < existing.startTime ? node : existing);
        }
      }
    });
    cpuNodes.sort((a, b) => a.startTime - b.startTime);
    const possiblyRenderBlockingScriptUrls = Metric.getScriptUrls(graph2, (node) => {
      return node.endTime <= cutoffTimestamp && treatNodeAsRenderBlocking(node);
    });
    const definitelyNotRenderBlockingScriptUrls = /* @__PURE__ */ new Set();
    const renderBlockingCpuNodeIds = /* @__PURE__ */ new Set();
    for (const url of possiblyRenderBlockingScriptUrls) {
      const cpuNodeForUrl = scriptUrlToNodeMap.get(url);
      if (!cpuNodeForUrl) {
        continue;
      }
      if (cpuNodes.includes(cpuNodeForUrl)) {
        renderBlockingCpuNodeIds.add(cpuNodeForUrl.id);
        continue;
      }
      definitelyNotRenderBlockingScriptUrls.add(url);
    }
    const firstLayout = cpuNodes.find((node) => node.didPerformLayout());
    if (firstLayout) {
      renderBlockingCpuNodeIds.add(firstLayout.id);
    }
    const firstPaint = cpuNodes.find((node) => node.childEvents.some((e) => e.name === "Paint"));
    if (firstPaint) {
      renderBlockingCpuNodeIds.add(firstPaint.id);
    }
    const firstParse = cpuNodes.find((node) => node.childEvents.some((e) => e.name === "ParseHTML"));
    if (firstParse) {
      renderBlockingCpuNodeIds.add(firstParse.id);
    }
    if (additionalCpuNodesToTreatAsRenderBlocking) {
      cpuNodes.filter(additionalCpuNodesToTreatAsRenderBlocking).forEach((node) => renderBlockingCpuNodeIds.add(node.id));
    }
    return {
      definitelyNotRenderBlockingScriptUrls,
      renderBlockingCpuNodeIds
    };
  }
  /**
   * Computes the graph required for the first paint of interest.
   */
  static getFirstPaintBasedGraph(dependencyGraph, { cutoffTimestamp, treatNodeAsRenderBlocking, additionalCpuNodesToTreatAsRenderBlocking }) {
    const rbData = this.getRenderBlockingNodeData(dependencyGraph, {
      cutoffTimestamp,
      treatNodeAsRenderBlocking,
      additionalCpuNodesToTreatAsRenderBlocking
    });
    const { definitelyNotRenderBlockingScriptUrls, renderBlockingCpuNodeIds } = rbData;
    return dependencyGraph.cloneWithRelationships((node) => {
      if (node.type === BaseNode.types.NETWORK) {
        const endedAfterPaint = node.endTime > cutoffTimestamp || node.startTime > cutoffTimestamp;
        if (endedAfterPaint && !node.isMainDocument()) {
          return false;
        }
        const url = node.request.url;
        if (definitelyNotRenderBlockingScriptUrls.has(url)) {
          return false;
        }
        return treatNodeAsRenderBlocking(node);
      }
      return renderBlockingCpuNodeIds.has(node.id);
    });
  }
  static getOptimisticGraph(dependencyGraph, processedNavigation) {
    return this.getFirstPaintBasedGraph(dependencyGraph, {
      cutoffTimestamp: processedNavigation.timestamps.firstContentfulPaint,
      // In the optimistic graph we exclude resources that appeared to be render-blocking but were
      // initiated by a script. While they typically have a very high importance and tend to have a
      // significant impact on the page's content, these resources don't technically block rendering.
      treatNodeAsRenderBlocking: /* @__PURE__ */ __name((node) => node.hasRenderBlockingPriority() && node.initiatorType !== "script", "treatNodeAsRenderBlocking")
    });
  }
  static getPessimisticGraph(dependencyGraph, processedNavigation) {
    return this.getFirstPaintBasedGraph(dependencyGraph, {
      cutoffTimestamp: processedNavigation.timestamps.firstContentfulPaint,
      treatNodeAsRenderBlocking: /* @__PURE__ */ __name((node) => node.hasRenderBlockingPriority(), "treatNodeAsRenderBlocking")
    });
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/Interactive.js
var CRITICAL_LONG_TASK_THRESHOLD = 20;
var Interactive = class _Interactive extends Metric {
  static {
    __name(this, "Interactive");
  }
  static get coefficients() {
    return {
      intercept: 0,
      optimistic: 0.45,
      pessimistic: 0.55
    };
  }
  static getOptimisticGraph(dependencyGraph) {
    const minimumCpuTaskDuration = CRITICAL_LONG_TASK_THRESHOLD * 1e3;
    return dependencyGraph.cloneWithRelationships((node) => {
      if (node.type === BaseNode.types.CPU) {
        return node.duration > minimumCpuTaskDuration;
      }
      const isImage = node.request.resourceType === "Image";
      const isScript = node.request.resourceType === "Script";
      return !isImage && (isScript || node.request.priority === "High" || node.request.priority === "VeryHigh");
    });
  }
  static getPessimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getEstimateFromSimulation(simulationResult, extras) {
    if (!extras.lcpResult) {
      throw new LanternError("missing lcpResult");
    }
    const lastTaskAt = _Interactive.getLastLongTaskEndTime(simulationResult.nodeTimings);
    const minimumTime = extras.optimistic ? extras.lcpResult.optimisticEstimate.timeInMs : extras.lcpResult.pessimisticEstimate.timeInMs;
    return {
      timeInMs: Math.max(minimumTime, lastTaskAt),
      nodeTimings: simulationResult.nodeTimings
    };
  }
  static compute(data31, extras) {
    const lcpResult = extras?.lcpResult;
    if (!lcpResult) {
      throw new LanternError("LCP is required to calculate the Interactive metric");
    }
    const metricResult = super.compute(data31, extras);
    metricResult.timing = Math.max(metricResult.timing, lcpResult.timing);
    return metricResult;
  }
  static getLastLongTaskEndTime(nodeTimings, duration = 50) {
    return Array.from(nodeTimings.entries()).filter(([node, timing]) => {
      if (node.type !== BaseNode.types.CPU) {
        return false;
      }
      return timing.duration > duration;
    }).map(([_, timing]) => timing.endTime).reduce((max, x) => Math.max(max || 0, x || 0), 0);
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/LargestContentfulPaint.js
var LargestContentfulPaint = class _LargestContentfulPaint extends Metric {
  static {
    __name(this, "LargestContentfulPaint");
  }
  static get coefficients() {
    return {
      intercept: 0,
      optimistic: 0.5,
      pessimistic: 0.5
    };
  }
  /**
   * Low priority image nodes are usually offscreen and very unlikely to be the
   * resource that is required for LCP. Our LCP graphs include everything except for these images.
   */
  static isNotLowPriorityImageNode(node) {
    if (node.type !== "network") {
      return true;
    }
    const isImage = node.request.resourceType === "Image";
    const isLowPriority = node.request.priority === "Low" || node.request.priority === "VeryLow";
    return !isImage || !isLowPriority;
  }
  static getOptimisticGraph(dependencyGraph, processedNavigation) {
    const lcp = processedNavigation.timestamps.largestContentfulPaint;
    if (!lcp) {
      throw new LanternError("NO_LCP");
    }
    return FirstContentfulPaint.getFirstPaintBasedGraph(dependencyGraph, {
      cutoffTimestamp: lcp,
      treatNodeAsRenderBlocking: _LargestContentfulPaint.isNotLowPriorityImageNode
    });
  }
  static getPessimisticGraph(dependencyGraph, processedNavigation) {
    const lcp = processedNavigation.timestamps.largestContentfulPaint;
    if (!lcp) {
      throw new LanternError("NO_LCP");
    }
    return FirstContentfulPaint.getFirstPaintBasedGraph(dependencyGraph, {
      cutoffTimestamp: lcp,
      treatNodeAsRenderBlocking: /* @__PURE__ */ __name((_) => true, "treatNodeAsRenderBlocking"),
      // For pessimistic LCP we'll include *all* layout nodes
      additionalCpuNodesToTreatAsRenderBlocking: /* @__PURE__ */ __name((node) => node.didPerformLayout(), "additionalCpuNodesToTreatAsRenderBlocking")
    });
  }
  static getEstimateFromSimulation(simulationResult) {
    const nodeTimesNotOffscreenImages = Array.from(simulationResult.nodeTimings.entries()).filter((entry) => _LargestContentfulPaint.isNotLowPriorityImageNode(entry[0])).map((entry) => entry[1].endTime);
    return {
      timeInMs: Math.max(...nodeTimesNotOffscreenImages),
      nodeTimings: simulationResult.nodeTimings
    };
  }
  static compute(data31, extras) {
    const fcpResult = extras?.fcpResult;
    if (!fcpResult) {
      throw new LanternError("FCP is required to calculate the LCP metric");
    }
    const metricResult = super.compute(data31, extras);
    metricResult.timing = Math.max(metricResult.timing, fcpResult.timing);
    return metricResult;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/MaxPotentialFID.js
var MaxPotentialFID = class _MaxPotentialFID extends Metric {
  static {
    __name(this, "MaxPotentialFID");
  }
  static get coefficients() {
    return {
      intercept: 0,
      optimistic: 0.5,
      pessimistic: 0.5
    };
  }
  static getOptimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getPessimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getEstimateFromSimulation(simulation, extras) {
    if (!extras.fcpResult) {
      throw new LanternError("missing fcpResult");
    }
    const fcpTimeInMs = extras.optimistic ? extras.fcpResult.pessimisticEstimate.timeInMs : extras.fcpResult.optimisticEstimate.timeInMs;
    const timings = _MaxPotentialFID.getTimingsAfterFCP(simulation.nodeTimings, fcpTimeInMs);
    return {
      timeInMs: Math.max(...timings.map((timing) => timing.duration), 16),
      nodeTimings: simulation.nodeTimings
    };
  }
  static compute(data31, extras) {
    const fcpResult = extras?.fcpResult;
    if (!fcpResult) {
      throw new LanternError("FCP is required to calculate the Max Potential FID metric");
    }
    return super.compute(data31, extras);
  }
  static getTimingsAfterFCP(nodeTimings, fcpTimeInMs) {
    return Array.from(nodeTimings.entries()).filter(([node, timing]) => node.type === BaseNode.types.CPU && timing.endTime > fcpTimeInMs).map(([_, timing]) => timing);
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/SpeedIndex.js
var mobileSlow4GRtt = 150;
var SpeedIndex = class _SpeedIndex extends Metric {
  static {
    __name(this, "SpeedIndex");
  }
  static get coefficients() {
    return {
      // Note that the optimistic estimate is based on the real observed speed index rather than a
      // real lantern graph (and the final estimate will be Math.max(FCP, Speed Index)).
      intercept: 0,
      optimistic: 1.4,
      pessimistic: 0.4
    };
  }
  static getScaledCoefficients(rttMs) {
    const defaultCoefficients = this.coefficients;
    const defaultRttExcess = mobileSlow4GRtt - 30;
    const multiplier = Math.max((rttMs - 30) / defaultRttExcess, 0);
    return {
      intercept: defaultCoefficients.intercept * multiplier,
      optimistic: 0.5 + (defaultCoefficients.optimistic - 0.5) * multiplier,
      pessimistic: 0.5 + (defaultCoefficients.pessimistic - 0.5) * multiplier
    };
  }
  static getOptimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getPessimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getEstimateFromSimulation(simulationResult, extras) {
    if (!extras.fcpResult) {
      throw new LanternError("missing fcpResult");
    }
    if (extras.observedSpeedIndex === void 0) {
      throw new LanternError("missing observedSpeedIndex");
    }
    const fcpTimeInMs = extras.fcpResult.pessimisticEstimate.timeInMs;
    const estimate = extras.optimistic ? extras.observedSpeedIndex : _SpeedIndex.computeLayoutBasedSpeedIndex(simulationResult.nodeTimings, fcpTimeInMs);
    return {
      timeInMs: estimate,
      nodeTimings: simulationResult.nodeTimings
    };
  }
  static compute(data31, extras) {
    const fcpResult = extras?.fcpResult;
    if (!fcpResult) {
      throw new LanternError("FCP is required to calculate the SpeedIndex metric");
    }
    const metricResult = super.compute(data31, extras);
    metricResult.timing = Math.max(metricResult.timing, fcpResult.timing);
    return metricResult;
  }
  /**
   * Approximate speed index using layout events from the simulated node timings.
   * The layout-based speed index is the weighted average of the endTime of CPU nodes that contained
   * a 'Layout' task. log(duration) is used as the weight to stand for "significance" to the page.
   *
   * If no layout events can be found or the endTime of a CPU task is too early, FCP is used instead.
   *
   * This approach was determined after evaluating the accuracy/complexity tradeoff of many
   * different methods. Read more in the evaluation doc.
   *
   * @see https://docs.google.com/document/d/1qJWXwxoyVLVadezIp_Tgdk867G3tDNkkVRvUJSH3K1E/edit#
   */
  static computeLayoutBasedSpeedIndex(nodeTimings, fcpTimeInMs) {
    const layoutWeights = [];
    for (const [node, timing] of nodeTimings.entries()) {
      if (node.type !== BaseNode.types.CPU) {
        continue;
      }
      if (node.childEvents.some((x) => x.name === "Layout")) {
        const timingWeight = Math.max(Math.log2(timing.endTime - timing.startTime), 0);
        layoutWeights.push({ time: timing.endTime, weight: timingWeight });
      }
    }
    const totalWeightedTime = layoutWeights.map((evt) => evt.weight * Math.max(evt.time, fcpTimeInMs)).reduce((a, b) => a + b, 0);
    const totalWeight = layoutWeights.map((evt) => evt.weight).reduce((a, b) => a + b, 0);
    if (!totalWeight) {
      return fcpTimeInMs;
    }
    return totalWeightedTime / totalWeight;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/TBTUtils.js
var TBTUtils_exports = {};
__export(TBTUtils_exports, {
  BLOCKING_TIME_THRESHOLD: () => BLOCKING_TIME_THRESHOLD,
  calculateSumOfBlockingTime: () => calculateSumOfBlockingTime,
  calculateTbtImpactForEvent: () => calculateTbtImpactForEvent
});
var BLOCKING_TIME_THRESHOLD = 50;
function calculateTbtImpactForEvent(event, startTimeMs, endTimeMs, topLevelEvent) {
  let threshold = BLOCKING_TIME_THRESHOLD;
  if (topLevelEvent) {
    threshold *= event.duration / topLevelEvent.duration;
  }
  if (event.duration < threshold) {
    return 0;
  }
  if (event.end < startTimeMs) {
    return 0;
  }
  if (event.start > endTimeMs) {
    return 0;
  }
  const clippedStart = Math.max(event.start, startTimeMs);
  const clippedEnd = Math.min(event.end, endTimeMs);
  const clippedDuration = clippedEnd - clippedStart;
  if (clippedDuration < threshold) {
    return 0;
  }
  return clippedDuration - threshold;
}
__name(calculateTbtImpactForEvent, "calculateTbtImpactForEvent");
function calculateSumOfBlockingTime(topLevelEvents, startTimeMs, endTimeMs) {
  if (endTimeMs <= startTimeMs) {
    return 0;
  }
  let sumBlockingTime = 0;
  for (const event of topLevelEvents) {
    sumBlockingTime += calculateTbtImpactForEvent(event, startTimeMs, endTimeMs);
  }
  return sumBlockingTime;
}
__name(calculateSumOfBlockingTime, "calculateSumOfBlockingTime");

// node_modules/@paulirish/trace_engine/models/trace/lantern/metrics/TotalBlockingTime.js
var TotalBlockingTime = class _TotalBlockingTime extends Metric {
  static {
    __name(this, "TotalBlockingTime");
  }
  static get coefficients() {
    return {
      intercept: 0,
      optimistic: 0.5,
      pessimistic: 0.5
    };
  }
  static getOptimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getPessimisticGraph(dependencyGraph) {
    return dependencyGraph;
  }
  static getEstimateFromSimulation(simulation, extras) {
    if (!extras.fcpResult) {
      throw new LanternError("missing fcpResult");
    }
    if (!extras.interactiveResult) {
      throw new LanternError("missing interactiveResult");
    }
    const fcpTimeInMs = extras.optimistic ? extras.fcpResult.pessimisticEstimate.timeInMs : extras.fcpResult.optimisticEstimate.timeInMs;
    const interactiveTimeMs = extras.optimistic ? extras.interactiveResult.optimisticEstimate.timeInMs : extras.interactiveResult.pessimisticEstimate.timeInMs;
    const minDurationMs = BLOCKING_TIME_THRESHOLD;
    const events = _TotalBlockingTime.getTopLevelEvents(simulation.nodeTimings, minDurationMs);
    return {
      timeInMs: calculateSumOfBlockingTime(events, fcpTimeInMs, interactiveTimeMs),
      nodeTimings: simulation.nodeTimings
    };
  }
  static compute(data31, extras) {
    const fcpResult = extras?.fcpResult;
    if (!fcpResult) {
      throw new LanternError("FCP is required to calculate the TBT metric");
    }
    const interactiveResult = extras?.fcpResult;
    if (!interactiveResult) {
      throw new LanternError("Interactive is required to calculate the TBT metric");
    }
    return super.compute(data31, extras);
  }
  static getTopLevelEvents(nodeTimings, minDurationMs) {
    const events = [];
    for (const [node, timing] of nodeTimings.entries()) {
      if (node.type !== BaseNode.types.CPU) {
        continue;
      }
      if (timing.duration < minDurationMs) {
        continue;
      }
      events.push({
        start: timing.startTime,
        end: timing.endTime,
        duration: timing.duration
      });
    }
    return events;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/simulation.js
var simulation_exports = {};
__export(simulation_exports, {
  ConnectionPool: () => ConnectionPool,
  Constants: () => Constants,
  DNSCache: () => DNSCache,
  Simulator: () => Simulator,
  SimulatorTimingMap: () => SimulatorTimingMap,
  TCPConnection: () => TCPConnection
});

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/TCPConnection.js
var INITIAL_CONGESTION_WINDOW = 10;
var TCP_SEGMENT_SIZE = 1460;
var TCPConnection = class _TCPConnection {
  static {
    __name(this, "TCPConnection");
  }
  warmed;
  ssl;
  h2;
  rtt;
  throughput;
  serverLatency;
  _congestionWindow;
  h2OverflowBytesDownloaded;
  constructor(rtt, throughput, serverLatency = 0, ssl = true, h2 = false) {
    this.warmed = false;
    this.ssl = ssl;
    this.h2 = h2;
    this.rtt = rtt;
    this.throughput = throughput;
    this.serverLatency = serverLatency;
    this._congestionWindow = INITIAL_CONGESTION_WINDOW;
    this.h2OverflowBytesDownloaded = 0;
  }
  static maximumSaturatedConnections(rtt, availableThroughput) {
    const roundTripsPerSecond = 1e3 / rtt;
    const bytesPerRoundTrip = TCP_SEGMENT_SIZE;
    const bytesPerSecond = roundTripsPerSecond * bytesPerRoundTrip;
    const minimumThroughputRequiredPerRequest = bytesPerSecond * 8;
    return Math.floor(availableThroughput / minimumThroughputRequiredPerRequest);
  }
  computeMaximumCongestionWindowInSegments() {
    const bytesPerSecond = this.throughput / 8;
    const secondsPerRoundTrip = this.rtt / 1e3;
    const bytesPerRoundTrip = bytesPerSecond * secondsPerRoundTrip;
    return Math.floor(bytesPerRoundTrip / TCP_SEGMENT_SIZE);
  }
  setThroughput(throughput) {
    this.throughput = throughput;
  }
  setCongestionWindow(congestion) {
    this._congestionWindow = congestion;
  }
  setWarmed(warmed) {
    this.warmed = warmed;
  }
  isH2() {
    return this.h2;
  }
  get congestionWindow() {
    return this._congestionWindow;
  }
  /**
   * Sets the number of excess bytes that are available to this connection on future downloads, only
   * applies to H2 connections.
   */
  setH2OverflowBytesDownloaded(bytes) {
    if (!this.h2) {
      return;
    }
    this.h2OverflowBytesDownloaded = bytes;
  }
  clone() {
    return Object.assign(new _TCPConnection(this.rtt, this.throughput), this);
  }
  /**
   * Simulates a network download of a particular number of bytes over an optional maximum amount of time
   * and returns information about the ending state.
   *
   * See https://hpbn.co/building-blocks-of-tcp/#three-way-handshake and
   *  https://hpbn.co/transport-layer-security-tls/#tls-handshake for details.
   */
  simulateDownloadUntil(bytesToDownload, options) {
    const { timeAlreadyElapsed = 0, maximumTimeToElapse = Infinity, dnsResolutionTime = 0 } = options || {};
    if (this.warmed && this.h2) {
      bytesToDownload -= this.h2OverflowBytesDownloaded;
    }
    const twoWayLatency = this.rtt;
    const oneWayLatency = twoWayLatency / 2;
    const maximumCongestionWindow = this.computeMaximumCongestionWindowInSegments();
    let handshakeAndRequest = oneWayLatency;
    if (!this.warmed) {
      handshakeAndRequest = // DNS lookup
      dnsResolutionTime + // SYN
      oneWayLatency + // SYN ACK
      oneWayLatency + // ACK + initial request
      oneWayLatency + // ClientHello/ServerHello assuming TLS False Start is enabled (https://istlsfastyet.com/#server-performance).
      (this.ssl ? twoWayLatency : 0);
    }
    let roundTrips = Math.ceil(handshakeAndRequest / twoWayLatency);
    let timeToFirstByte = handshakeAndRequest + this.serverLatency + oneWayLatency;
    if (this.warmed && this.h2) {
      timeToFirstByte = 0;
    }
    const timeElapsedForTTFB = Math.max(timeToFirstByte - timeAlreadyElapsed, 0);
    const maximumDownloadTimeToElapse = maximumTimeToElapse - timeElapsedForTTFB;
    let congestionWindow = Math.min(this._congestionWindow, maximumCongestionWindow);
    let totalBytesDownloaded = 0;
    if (timeElapsedForTTFB > 0) {
      totalBytesDownloaded = congestionWindow * TCP_SEGMENT_SIZE;
    } else {
      roundTrips = 0;
    }
    let downloadTimeElapsed = 0;
    let bytesRemaining = bytesToDownload - totalBytesDownloaded;
    while (bytesRemaining > 0 && downloadTimeElapsed <= maximumDownloadTimeToElapse) {
      roundTrips++;
      downloadTimeElapsed += twoWayLatency;
      congestionWindow = Math.max(Math.min(maximumCongestionWindow, congestionWindow * 2), 1);
      const bytesDownloadedInWindow = congestionWindow * TCP_SEGMENT_SIZE;
      totalBytesDownloaded += bytesDownloadedInWindow;
      bytesRemaining -= bytesDownloadedInWindow;
    }
    const timeElapsed = timeElapsedForTTFB + downloadTimeElapsed;
    const extraBytesDownloaded = this.h2 ? Math.max(totalBytesDownloaded - bytesToDownload, 0) : 0;
    const bytesDownloaded = Math.max(Math.min(totalBytesDownloaded, bytesToDownload), 0);
    let connectionTiming;
    if (!this.warmed) {
      connectionTiming = {
        dnsResolutionTime,
        connectionTime: handshakeAndRequest - dnsResolutionTime,
        sslTime: this.ssl ? twoWayLatency : void 0,
        timeToFirstByte
      };
    } else if (this.h2) {
      connectionTiming = {
        timeToFirstByte
      };
    } else {
      connectionTiming = {
        connectionTime: handshakeAndRequest,
        timeToFirstByte
      };
    }
    return {
      roundTrips,
      timeElapsed,
      bytesDownloaded,
      extraBytesDownloaded,
      congestionWindow,
      connectionTiming
    };
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/ConnectionPool.js
var DEFAULT_SERVER_RESPONSE_TIME = 30;
var TLS_SCHEMES = ["https", "wss"];
var CONNECTIONS_PER_ORIGIN = 6;
var ConnectionPool = class {
  static {
    __name(this, "ConnectionPool");
  }
  options;
  records;
  connectionsByOrigin;
  connectionsByRequest;
  _connectionsInUse;
  connectionReusedByRequestId;
  constructor(records, options) {
    this.options = options;
    this.records = records;
    this.connectionsByOrigin = /* @__PURE__ */ new Map();
    this.connectionsByRequest = /* @__PURE__ */ new Map();
    this._connectionsInUse = /* @__PURE__ */ new Set();
    this.connectionReusedByRequestId = NetworkAnalyzer.estimateIfConnectionWasReused(records, {
      forceCoarseEstimates: true
    });
    this.initializeConnections();
  }
  connectionsInUse() {
    return Array.from(this._connectionsInUse);
  }
  initializeConnections() {
    const connectionReused = this.connectionReusedByRequestId;
    const additionalRttByOrigin = this.options.additionalRttByOrigin;
    const serverResponseTimeByOrigin = this.options.serverResponseTimeByOrigin;
    const recordsByOrigin = NetworkAnalyzer.groupByOrigin(this.records);
    for (const [origin, requests] of recordsByOrigin.entries()) {
      const connections = [];
      const additionalRtt = additionalRttByOrigin.get(origin) || 0;
      const responseTime = serverResponseTimeByOrigin.get(origin) || DEFAULT_SERVER_RESPONSE_TIME;
      for (const request of requests) {
        if (connectionReused.get(request.requestId)) {
          continue;
        }
        const isTLS = TLS_SCHEMES.includes(request.parsedURL.scheme);
        const isH2 = request.protocol === "h2";
        const connection = new TCPConnection(this.options.rtt + additionalRtt, this.options.throughput, responseTime, isTLS, isH2);
        connections.push(connection);
      }
      if (!connections.length) {
        throw new LanternError(`Could not find a connection for origin: ${origin}`);
      }
      const minConnections = connections[0].isH2() ? 1 : CONNECTIONS_PER_ORIGIN;
      while (connections.length < minConnections) {
        connections.push(connections[0].clone());
      }
      this.connectionsByOrigin.set(origin, connections);
    }
  }
  findAvailableConnectionWithLargestCongestionWindow(connections) {
    let maxConnection = null;
    for (let i = 0; i < connections.length; i++) {
      const connection = connections[i];
      if (this._connectionsInUse.has(connection)) {
        continue;
      }
      const currentMax = maxConnection?.congestionWindow || -Infinity;
      if (connection.congestionWindow > currentMax) {
        maxConnection = connection;
      }
    }
    return maxConnection;
  }
  /**
   * This method finds an available connection to the origin specified by the network request or null
   * if no connection was available. If returned, connection will not be available for other network
   * records until release is called.
   */
  acquire(request) {
    if (this.connectionsByRequest.has(request)) {
      throw new LanternError("Record already has a connection");
    }
    const origin = request.parsedURL.securityOrigin;
    const connections = this.connectionsByOrigin.get(origin) || [];
    const connectionToUse = this.findAvailableConnectionWithLargestCongestionWindow(connections);
    if (!connectionToUse) {
      return null;
    }
    this._connectionsInUse.add(connectionToUse);
    this.connectionsByRequest.set(request, connectionToUse);
    return connectionToUse;
  }
  /**
   * Return the connection currently being used to fetch a request. If no connection
   * currently being used for this request, an error will be thrown.
   */
  acquireActiveConnectionFromRequest(request) {
    const activeConnection = this.connectionsByRequest.get(request);
    if (!activeConnection) {
      throw new LanternError("Could not find an active connection for request");
    }
    return activeConnection;
  }
  release(request) {
    const connection = this.connectionsByRequest.get(request);
    this.connectionsByRequest.delete(request);
    if (connection) {
      this._connectionsInUse.delete(connection);
    }
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/Constants.js
var DEVTOOLS_RTT_ADJUSTMENT_FACTOR = 3.75;
var DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR = 0.9;
var throttling = {
  DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
  DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
  // These values align with WebPageTest's definition of "Fast 3G"
  // But offer similar characteristics to roughly the 75th percentile of 4G connections.
  mobileSlow4G: {
    rttMs: 150,
    throughputKbps: 1.6 * 1024,
    requestLatencyMs: 150 * DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
    downloadThroughputKbps: 1.6 * 1024 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
    uploadThroughputKbps: 750 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
    cpuSlowdownMultiplier: 4
  },
  // These values partially align with WebPageTest's definition of "Regular 3G".
  // These values are meant to roughly align with Chrome UX report's 3G definition which are based
  // on HTTP RTT of 300-1400ms and downlink throughput of <700kbps.
  mobileRegular3G: {
    rttMs: 300,
    throughputKbps: 700,
    requestLatencyMs: 300 * DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
    downloadThroughputKbps: 700 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
    uploadThroughputKbps: 700 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
    cpuSlowdownMultiplier: 4
  },
  // Using a "broadband" connection type
  // Corresponds to "Dense 4G 25th percentile" in https://docs.google.com/document/d/1Ft1Bnq9-t4jK5egLSOc28IL4TvR-Tt0se_1faTA4KTY/edit#heading=h.bb7nfy2x9e5v
  desktopDense4G: {
    rttMs: 40,
    throughputKbps: 10 * 1024,
    cpuSlowdownMultiplier: 1,
    requestLatencyMs: 0,
    // 0 means unset
    downloadThroughputKbps: 0,
    uploadThroughputKbps: 0
  }
};
var Constants = { throttling };

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/DNSCache.js
var DNS_RESOLUTION_RTT_MULTIPLIER = 2;
var DNSCache = class _DNSCache {
  static {
    __name(this, "DNSCache");
  }
  static rttMultiplier = DNS_RESOLUTION_RTT_MULTIPLIER;
  rtt;
  resolvedDomainNames;
  constructor({ rtt }) {
    this.rtt = rtt;
    this.resolvedDomainNames = /* @__PURE__ */ new Map();
  }
  getTimeUntilResolution(request, options) {
    const { requestedAt = 0, shouldUpdateCache = false } = options || {};
    const domain = request.parsedURL.host;
    const cacheEntry = this.resolvedDomainNames.get(domain);
    let timeUntilResolved = this.rtt * _DNSCache.rttMultiplier;
    if (cacheEntry) {
      const timeUntilCachedIsResolved = Math.max(cacheEntry.resolvedAt - requestedAt, 0);
      timeUntilResolved = Math.min(timeUntilCachedIsResolved, timeUntilResolved);
    }
    const resolvedAt = requestedAt + timeUntilResolved;
    if (shouldUpdateCache) {
      this.updateCacheResolvedAtIfNeeded(request, resolvedAt);
    }
    return timeUntilResolved;
  }
  updateCacheResolvedAtIfNeeded(request, resolvedAt) {
    const domain = request.parsedURL.host;
    const cacheEntry = this.resolvedDomainNames.get(domain) || { resolvedAt };
    cacheEntry.resolvedAt = Math.min(cacheEntry.resolvedAt, resolvedAt);
    this.resolvedDomainNames.set(domain, cacheEntry);
  }
  /**
   * Forcefully sets the DNS resolution time for a request.
   * Useful for testing and alternate execution simulations.
   */
  setResolvedAt(domain, resolvedAt) {
    this.resolvedDomainNames.set(domain, { resolvedAt });
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/SimulationTimingMap.js
var SimulatorTimingMap = class {
  static {
    __name(this, "SimulatorTimingMap");
  }
  nodeTimings;
  constructor() {
    this.nodeTimings = /* @__PURE__ */ new Map();
  }
  getNodes() {
    return Array.from(this.nodeTimings.keys());
  }
  setReadyToStart(node, values) {
    this.nodeTimings.set(node, values);
  }
  setInProgress(node, values) {
    const nodeTiming = {
      ...this.getQueued(node),
      startTime: values.startTime,
      timeElapsed: 0
    };
    this.nodeTimings.set(node, node.type === BaseNode.types.NETWORK ? { ...nodeTiming, timeElapsedOvershoot: 0, bytesDownloaded: 0 } : nodeTiming);
  }
  setCompleted(node, values) {
    const nodeTiming = {
      ...this.getInProgress(node),
      endTime: values.endTime,
      connectionTiming: values.connectionTiming
    };
    this.nodeTimings.set(node, nodeTiming);
  }
  setCpu(node, values) {
    const nodeTiming = {
      ...this.getCpuStarted(node),
      timeElapsed: values.timeElapsed
    };
    this.nodeTimings.set(node, nodeTiming);
  }
  setCpuEstimated(node, values) {
    const nodeTiming = {
      ...this.getCpuStarted(node),
      estimatedTimeElapsed: values.estimatedTimeElapsed
    };
    this.nodeTimings.set(node, nodeTiming);
  }
  setNetwork(node, values) {
    const nodeTiming = {
      ...this.getNetworkStarted(node),
      timeElapsed: values.timeElapsed,
      timeElapsedOvershoot: values.timeElapsedOvershoot,
      bytesDownloaded: values.bytesDownloaded
    };
    this.nodeTimings.set(node, nodeTiming);
  }
  setNetworkEstimated(node, values) {
    const nodeTiming = {
      ...this.getNetworkStarted(node),
      estimatedTimeElapsed: values.estimatedTimeElapsed
    };
    this.nodeTimings.set(node, nodeTiming);
  }
  getQueued(node) {
    const timing = this.nodeTimings.get(node);
    if (!timing) {
      throw new LanternError(`Node ${node.id} not yet queued`);
    }
    return timing;
  }
  getCpuStarted(node) {
    const timing = this.nodeTimings.get(node);
    if (!timing) {
      throw new LanternError(`Node ${node.id} not yet queued`);
    }
    if (!("startTime" in timing)) {
      throw new LanternError(`Node ${node.id} not yet started`);
    }
    if ("bytesDownloaded" in timing) {
      throw new LanternError(`Node ${node.id} timing not valid`);
    }
    return timing;
  }
  getNetworkStarted(node) {
    const timing = this.nodeTimings.get(node);
    if (!timing) {
      throw new LanternError(`Node ${node.id} not yet queued`);
    }
    if (!("startTime" in timing)) {
      throw new LanternError(`Node ${node.id} not yet started`);
    }
    if (!("bytesDownloaded" in timing)) {
      throw new LanternError(`Node ${node.id} timing not valid`);
    }
    return timing;
  }
  getInProgress(node) {
    const timing = this.nodeTimings.get(node);
    if (!timing) {
      throw new LanternError(`Node ${node.id} not yet queued`);
    }
    if (!("startTime" in timing)) {
      throw new LanternError(`Node ${node.id} not yet started`);
    }
    if (!("estimatedTimeElapsed" in timing)) {
      throw new LanternError(`Node ${node.id} not yet in progress`);
    }
    return timing;
  }
  getCompleted(node) {
    const timing = this.nodeTimings.get(node);
    if (!timing) {
      throw new LanternError(`Node ${node.id} not yet queued`);
    }
    if (!("startTime" in timing)) {
      throw new LanternError(`Node ${node.id} not yet started`);
    }
    if (!("estimatedTimeElapsed" in timing)) {
      throw new LanternError(`Node ${node.id} not yet in progress`);
    }
    if (!("endTime" in timing)) {
      throw new LanternError(`Node ${node.id} not yet completed`);
    }
    return timing;
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/Simulator.js
var defaultThrottling = Constants.throttling.mobileSlow4G;
var DEFAULT_MAXIMUM_CONCURRENT_REQUESTS = 10;
var DEFAULT_LAYOUT_TASK_MULTIPLIER = 0.5;
var DEFAULT_MAXIMUM_CPU_TASK_DURATION = 1e4;
var NodeState = {
  NotReadyToStart: 0,
  ReadyToStart: 1,
  InProgress: 2,
  Complete: 3
};
var PriorityStartTimePenalty = {
  VeryHigh: 0,
  High: 0.25,
  Medium: 0.5,
  Low: 1,
  VeryLow: 2
};
var ALL_SIMULATION_NODE_TIMINGS = /* @__PURE__ */ new Map();
var Simulator = class _Simulator {
  static {
    __name(this, "Simulator");
  }
  static createSimulator(settings) {
    const { throttlingMethod, throttling: throttling2, precomputedLanternData, networkAnalysis } = settings;
    const options = {
      additionalRttByOrigin: networkAnalysis.additionalRttByOrigin,
      serverResponseTimeByOrigin: networkAnalysis.serverResponseTimeByOrigin,
      observedThroughput: networkAnalysis.throughput
    };
    if (precomputedLanternData) {
      options.additionalRttByOrigin = new Map(Object.entries(precomputedLanternData.additionalRttByOrigin));
      options.serverResponseTimeByOrigin = new Map(Object.entries(precomputedLanternData.serverResponseTimeByOrigin));
    }
    switch (throttlingMethod) {
      case "provided":
        options.rtt = networkAnalysis.rtt;
        options.throughput = networkAnalysis.throughput;
        options.cpuSlowdownMultiplier = 1;
        options.layoutTaskMultiplier = 1;
        break;
      case "devtools":
        if (throttling2) {
          options.rtt = throttling2.requestLatencyMs / Constants.throttling.DEVTOOLS_RTT_ADJUSTMENT_FACTOR;
          options.throughput = throttling2.downloadThroughputKbps * 1024 / Constants.throttling.DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR;
        }
        options.cpuSlowdownMultiplier = 1;
        options.layoutTaskMultiplier = 1;
        break;
      case "simulate":
        if (throttling2) {
          options.rtt = throttling2.rttMs;
          options.throughput = throttling2.throughputKbps * 1024;
          options.cpuSlowdownMultiplier = throttling2.cpuSlowdownMultiplier;
        }
        break;
      default:
        break;
    }
    return new _Simulator(options);
  }
  options;
  _rtt;
  throughput;
  maximumConcurrentRequests;
  cpuSlowdownMultiplier;
  layoutTaskMultiplier;
  cachedNodeListByStartPosition;
  nodeTimings;
  numberInProgressByType;
  nodes;
  dns;
  connectionPool;
  constructor(options) {
    this.options = Object.assign({
      rtt: defaultThrottling.rttMs,
      throughput: defaultThrottling.throughputKbps * 1024,
      maximumConcurrentRequests: DEFAULT_MAXIMUM_CONCURRENT_REQUESTS,
      cpuSlowdownMultiplier: defaultThrottling.cpuSlowdownMultiplier,
      layoutTaskMultiplier: DEFAULT_LAYOUT_TASK_MULTIPLIER,
      additionalRttByOrigin: /* @__PURE__ */ new Map(),
      serverResponseTimeByOrigin: /* @__PURE__ */ new Map()
    }, options);
    this._rtt = this.options.rtt;
    this.throughput = this.options.throughput;
    this.maximumConcurrentRequests = Math.max(Math.min(TCPConnection.maximumSaturatedConnections(this._rtt, this.throughput), this.options.maximumConcurrentRequests), 1);
    this.cpuSlowdownMultiplier = this.options.cpuSlowdownMultiplier;
    this.layoutTaskMultiplier = this.cpuSlowdownMultiplier * this.options.layoutTaskMultiplier;
    this.cachedNodeListByStartPosition = [];
    this.nodeTimings = new SimulatorTimingMap();
    this.numberInProgressByType = /* @__PURE__ */ new Map();
    this.nodes = {};
    this.dns = new DNSCache({ rtt: this._rtt });
    this.connectionPool = null;
    if (!Number.isFinite(this._rtt)) {
      throw new LanternError(`Invalid rtt ${this._rtt}`);
    }
    if (!Number.isFinite(this.throughput)) {
      throw new LanternError(`Invalid throughput ${this.throughput}`);
    }
  }
  get rtt() {
    return this._rtt;
  }
  initializeConnectionPool(graph2) {
    const records = [];
    graph2.getRootNode().traverse((node) => {
      if (node.type === BaseNode.types.NETWORK) {
        records.push(node.request);
      }
    });
    this.connectionPool = new ConnectionPool(records, this.options);
  }
  /**
   * Initializes the various state data structures such _nodeTimings and the _node Sets by state.
   */
  initializeAuxiliaryData() {
    this.nodeTimings = new SimulatorTimingMap();
    this.numberInProgressByType = /* @__PURE__ */ new Map();
    this.nodes = {};
    this.cachedNodeListByStartPosition = [];
    for (const state of Object.values(NodeState)) {
      this.nodes[state] = /* @__PURE__ */ new Set();
    }
  }
  numberInProgress(type) {
    return this.numberInProgressByType.get(type) || 0;
  }
  markNodeAsReadyToStart(node, queuedTime) {
    const nodeStartPosition = _Simulator.computeNodeStartPosition(node);
    const firstNodeIndexWithGreaterStartPosition = this.cachedNodeListByStartPosition.findIndex((candidate) => _Simulator.computeNodeStartPosition(candidate) > nodeStartPosition);
    const insertionIndex = firstNodeIndexWithGreaterStartPosition === -1 ? this.cachedNodeListByStartPosition.length : firstNodeIndexWithGreaterStartPosition;
    this.cachedNodeListByStartPosition.splice(insertionIndex, 0, node);
    this.nodes[NodeState.ReadyToStart].add(node);
    this.nodes[NodeState.NotReadyToStart].delete(node);
    this.nodeTimings.setReadyToStart(node, { queuedTime });
  }
  markNodeAsInProgress(node, startTime) {
    const indexOfNodeToStart = this.cachedNodeListByStartPosition.indexOf(node);
    this.cachedNodeListByStartPosition.splice(indexOfNodeToStart, 1);
    this.nodes[NodeState.InProgress].add(node);
    this.nodes[NodeState.ReadyToStart].delete(node);
    this.numberInProgressByType.set(node.type, this.numberInProgress(node.type) + 1);
    this.nodeTimings.setInProgress(node, { startTime });
  }
  markNodeAsComplete(node, endTime, connectionTiming) {
    this.nodes[NodeState.Complete].add(node);
    this.nodes[NodeState.InProgress].delete(node);
    this.numberInProgressByType.set(node.type, this.numberInProgress(node.type) - 1);
    this.nodeTimings.setCompleted(node, { endTime, connectionTiming });
    for (const dependent of node.getDependents()) {
      const dependencies = dependent.getDependencies();
      if (dependencies.some((dep) => !this.nodes[NodeState.Complete].has(dep))) {
        continue;
      }
      this.markNodeAsReadyToStart(dependent, endTime);
    }
  }
  acquireConnection(request) {
    return this.connectionPool.acquire(request);
  }
  getNodesSortedByStartPosition() {
    return Array.from(this.cachedNodeListByStartPosition);
  }
  startNodeIfPossible(node, totalElapsedTime) {
    if (node.type === BaseNode.types.CPU) {
      if (this.numberInProgress(node.type) === 0) {
        this.markNodeAsInProgress(node, totalElapsedTime);
      }
      return;
    }
    if (node.type !== BaseNode.types.NETWORK) {
      throw new LanternError("Unsupported");
    }
    if (!node.isConnectionless) {
      const numberOfActiveRequests = this.numberInProgress(node.type);
      if (numberOfActiveRequests >= this.maximumConcurrentRequests) {
        return;
      }
      const connection = this.acquireConnection(node.request);
      if (!connection) {
        return;
      }
    }
    this.markNodeAsInProgress(node, totalElapsedTime);
  }
  /**
   * Updates each connection in use with the available throughput based on the number of network requests
   * currently in flight.
   */
  updateNetworkCapacity() {
    const inFlight = this.numberInProgress(BaseNode.types.NETWORK);
    if (inFlight === 0) {
      return;
    }
    for (const connection of this.connectionPool.connectionsInUse()) {
      connection.setThroughput(this.throughput / inFlight);
    }
  }
  /**
   * Estimates the number of milliseconds remaining given current conditions before the node is complete.
   */
  estimateTimeRemaining(node) {
    if (node.type === BaseNode.types.CPU) {
      return this.estimateCPUTimeRemaining(node);
    }
    if (node.type === BaseNode.types.NETWORK) {
      return this.estimateNetworkTimeRemaining(node);
    }
    throw new LanternError("Unsupported");
  }
  estimateCPUTimeRemaining(cpuNode) {
    const timingData = this.nodeTimings.getCpuStarted(cpuNode);
    const multiplier = cpuNode.didPerformLayout() ? this.layoutTaskMultiplier : this.cpuSlowdownMultiplier;
    const totalDuration = Math.min(Math.round(cpuNode.duration / 1e3 * multiplier), DEFAULT_MAXIMUM_CPU_TASK_DURATION);
    const estimatedTimeElapsed = totalDuration - timingData.timeElapsed;
    this.nodeTimings.setCpuEstimated(cpuNode, { estimatedTimeElapsed });
    return estimatedTimeElapsed;
  }
  estimateNetworkTimeRemaining(networkNode) {
    const request = networkNode.request;
    const timingData = this.nodeTimings.getNetworkStarted(networkNode);
    let timeElapsed = 0;
    if (networkNode.fromDiskCache) {
      const sizeInMb = (request.resourceSize || 0) / 1024 / 1024;
      timeElapsed = 8 + 20 * sizeInMb - timingData.timeElapsed;
    } else if (networkNode.isNonNetworkProtocol) {
      const sizeInMb = (request.resourceSize || 0) / 1024 / 1024;
      timeElapsed = 2 + 10 * sizeInMb - timingData.timeElapsed;
    } else {
      const connection = this.connectionPool.acquireActiveConnectionFromRequest(request);
      const dnsResolutionTime = this.dns.getTimeUntilResolution(request, {
        requestedAt: timingData.startTime,
        shouldUpdateCache: true
      });
      const timeAlreadyElapsed = timingData.timeElapsed;
      const calculation = connection.simulateDownloadUntil(request.transferSize - timingData.bytesDownloaded, { timeAlreadyElapsed, dnsResolutionTime, maximumTimeToElapse: Infinity });
      timeElapsed = calculation.timeElapsed;
    }
    const estimatedTimeElapsed = timeElapsed + timingData.timeElapsedOvershoot;
    this.nodeTimings.setNetworkEstimated(networkNode, { estimatedTimeElapsed });
    return estimatedTimeElapsed;
  }
  /**
   * Computes and returns the minimum estimated completion time of the nodes currently in progress.
   */
  findNextNodeCompletionTime() {
    let minimumTime = Infinity;
    for (const node of this.nodes[NodeState.InProgress]) {
      minimumTime = Math.min(minimumTime, this.estimateTimeRemaining(node));
    }
    return minimumTime;
  }
  /**
   * Given a time period, computes the progress toward completion that the node made during that time.
   */
  updateProgressMadeInTimePeriod(node, timePeriodLength, totalElapsedTime) {
    const timingData = this.nodeTimings.getInProgress(node);
    const isFinished = timingData.estimatedTimeElapsed === timePeriodLength;
    if (node.type === BaseNode.types.CPU || node.isConnectionless) {
      if (isFinished) {
        this.markNodeAsComplete(node, totalElapsedTime);
      } else {
        timingData.timeElapsed += timePeriodLength;
      }
      return;
    }
    if (node.type !== BaseNode.types.NETWORK) {
      throw new LanternError("Unsupported");
    }
    if (!("bytesDownloaded" in timingData)) {
      throw new LanternError("Invalid timing data");
    }
    const request = node.request;
    const connection = this.connectionPool.acquireActiveConnectionFromRequest(request);
    const dnsResolutionTime = this.dns.getTimeUntilResolution(request, {
      requestedAt: timingData.startTime,
      shouldUpdateCache: true
    });
    const calculation = connection.simulateDownloadUntil(request.transferSize - timingData.bytesDownloaded, {
      dnsResolutionTime,
      timeAlreadyElapsed: timingData.timeElapsed,
      maximumTimeToElapse: timePeriodLength - timingData.timeElapsedOvershoot
    });
    connection.setCongestionWindow(calculation.congestionWindow);
    connection.setH2OverflowBytesDownloaded(calculation.extraBytesDownloaded);
    if (isFinished) {
      connection.setWarmed(true);
      this.connectionPool.release(request);
      this.markNodeAsComplete(node, totalElapsedTime, calculation.connectionTiming);
    } else {
      timingData.timeElapsed += calculation.timeElapsed;
      timingData.timeElapsedOvershoot += calculation.timeElapsed - timePeriodLength;
      timingData.bytesDownloaded += calculation.bytesDownloaded;
    }
  }
  computeFinalNodeTimings() {
    const completeNodeTimingEntries = this.nodeTimings.getNodes().map((node) => {
      return [node, this.nodeTimings.getCompleted(node)];
    });
    completeNodeTimingEntries.sort((a, b) => a[1].startTime - b[1].startTime);
    const nodeTimingEntries = completeNodeTimingEntries.map(([node, timing]) => {
      return [
        node,
        {
          startTime: timing.startTime,
          endTime: timing.endTime,
          duration: timing.endTime - timing.startTime
        }
      ];
    });
    return {
      nodeTimings: new Map(nodeTimingEntries),
      completeNodeTimings: new Map(completeNodeTimingEntries)
    };
  }
  getOptions() {
    return this.options;
  }
  /**
   * Estimates the time taken to process all of the graph's nodes, returns the overall time along with
   * each node annotated by start/end times.
   *
   * Simulator/connection pool are allowed to deviate from what was
   * observed in the trace/devtoolsLog and start requests as soon as they are queued (i.e. do not
   * wait around for a warm connection to be available if the original request was fetched on a warm
   * connection).
   */
  simulate(graph2, options) {
    if (BaseNode.findCycle(graph2)) {
      throw new LanternError("Cannot simulate graph with cycle");
    }
    options = Object.assign({
      label: void 0
    }, options);
    this.dns = new DNSCache({ rtt: this._rtt });
    this.initializeConnectionPool(graph2);
    this.initializeAuxiliaryData();
    const nodesNotReadyToStart = this.nodes[NodeState.NotReadyToStart];
    const nodesReadyToStart = this.nodes[NodeState.ReadyToStart];
    const nodesInProgress = this.nodes[NodeState.InProgress];
    const rootNode = graph2.getRootNode();
    rootNode.traverse((node) => nodesNotReadyToStart.add(node));
    let totalElapsedTime = 0;
    let iteration = 0;
    this.markNodeAsReadyToStart(rootNode, totalElapsedTime);
    while (nodesReadyToStart.size || nodesInProgress.size) {
      for (const node of this.getNodesSortedByStartPosition()) {
        this.startNodeIfPossible(node, totalElapsedTime);
      }
      if (!nodesInProgress.size) {
        throw new LanternError("Failed to start a node");
      }
      this.updateNetworkCapacity();
      const minimumTime = this.findNextNodeCompletionTime();
      totalElapsedTime += minimumTime;
      if (!Number.isFinite(minimumTime) || iteration > 1e5) {
        throw new LanternError("Simulation failed, depth exceeded");
      }
      iteration++;
      for (const node of nodesInProgress) {
        this.updateProgressMadeInTimePeriod(node, minimumTime, totalElapsedTime);
      }
    }
    const { nodeTimings, completeNodeTimings } = this.computeFinalNodeTimings();
    ALL_SIMULATION_NODE_TIMINGS.set(options.label || "unlabeled", completeNodeTimings);
    return {
      timeInMs: totalElapsedTime,
      nodeTimings
    };
  }
  computeWastedMsFromWastedBytes(wastedBytes) {
    const { throughput, observedThroughput } = this.options;
    const bitsPerSecond = throughput === 0 ? observedThroughput : throughput;
    if (bitsPerSecond === 0) {
      return 0;
    }
    const wastedBits = wastedBytes * 8;
    const wastedMs = wastedBits / bitsPerSecond * 1e3;
    return Math.round(wastedMs / 10) * 10;
  }
  // Used by Lighthouse asset-saver
  static get allNodeTimings() {
    return ALL_SIMULATION_NODE_TIMINGS;
  }
  /**
   * We attempt to start nodes by their observed start time using the request priority as a tie breaker.
   * When simulating, just because a low priority image started 5ms before a high priority image doesn't mean
   * it would have happened like that when the network was slower.
   */
  static computeNodeStartPosition(node) {
    if (node.type === "cpu") {
      return node.startTime;
    }
    return node.startTime + (PriorityStartTimePenalty[node.request.priority] * 1e3 * 1e3 || 0);
  }
};

// node_modules/@paulirish/trace_engine/models/trace/lantern/types/types.js
var types_exports4 = {};
__export(types_exports4, {
  NetworkRequestTypes: () => NetworkRequestTypes
});

// node_modules/@paulirish/trace_engine/models/trace/lantern/types/Lantern.js
var NetworkRequestTypes = {
  XHR: "XHR",
  Fetch: "Fetch",
  EventSource: "EventSource",
  Script: "Script",
  Stylesheet: "Stylesheet",
  Image: "Image",
  Media: "Media",
  Font: "Font",
  Document: "Document",
  TextTrack: "TextTrack",
  WebSocket: "WebSocket",
  Other: "Other",
  Manifest: "Manifest",
  SignedExchange: "SignedExchange",
  Ping: "Ping",
  Preflight: "Preflight",
  CSPViolationReport: "CSPViolationReport",
  Prefetch: "Prefetch",
  FedCM: "FedCM"
};

// node_modules/@paulirish/trace_engine/models/trace/insights/insights.js
var insights_exports = {};
__export(insights_exports, {
  Cache: () => Cache_exports,
  Common: () => Common_exports,
  Models: () => Models_exports,
  ModernHTTP: () => ModernHTTP_exports,
  Statistics: () => Statistics_exports,
  Types: () => types_exports3
});

// node_modules/@paulirish/trace_engine/models/trace/insights/Models.js
var Models_exports = {};
__export(Models_exports, {
  CLSCulprits: () => CLSCulprits_exports,
  Cache: () => Cache_exports,
  CharacterSet: () => CharacterSet_exports,
  DOMSize: () => DOMSize_exports,
  DocumentLatency: () => DocumentLatency_exports,
  DuplicatedJavaScript: () => DuplicatedJavaScript_exports,
  FontDisplay: () => FontDisplay_exports,
  ForcedReflow: () => ForcedReflow_exports,
  INPBreakdown: () => INPBreakdown_exports,
  ImageDelivery: () => ImageDelivery_exports,
  LCPBreakdown: () => LCPBreakdown_exports,
  LCPDiscovery: () => LCPDiscovery_exports,
  LegacyJavaScript: () => LegacyJavaScript_exports,
  ModernHTTP: () => ModernHTTP_exports,
  NetworkDependencyTree: () => NetworkDependencyTree_exports,
  RenderBlocking: () => RenderBlocking_exports,
  SlowCSSSelector: () => SlowCSSSelector_exports,
  ThirdParties: () => ThirdParties_exports2,
  Viewport: () => Viewport_exports
});

// node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js
var CharacterSet_exports = {};
__export(CharacterSet_exports, {
  UIStrings: () => UIStrings19,
  createOverlays: () => createOverlays19,
  generateInsight: () => generateInsight19,
  i18nString: () => i18nString19,
  isCharacterSetInsight: () => isCharacterSetInsight
});
var UIStrings19 = {
  /**
   * @description Title of an insight that checks whether the page declares a character encoding early enough.
   */
  title: "Declare a character encoding",
  /**
   * @description Description of an insight that checks whether the page has a proper character encoding declaration via HTTP header or early meta tag.
   */
  description: "A character encoding declaration is required. It can be done with a meta charset tag in the first 1024 bytes of the HTML or in the Content-Type HTTP response header. [Learn more about declaring the character encoding](https://developer.chrome.com/docs/insights/charset/).",
  /**
   * @description Text to tell the user that the charset is declared in the Content-Type HTTP response header.
   */
  passingHttpHeader: "Declares charset in HTTP header",
  /**
   * @description Text to tell the user that the charset is NOT declared in the Content-Type HTTP response header.
   */
  failedHttpHeader: "Does not declare charset in HTTP header",
  /**
   * @description Text to tell the user that a meta charset tag was found in the first 1024 bytes of the HTML.
   */
  passingMetaCharsetEarly: "Declares charset using a meta tag in the first 1024 bytes",
  /**
   * @description Text to tell the user that a meta charset tag was found, but too late in the HTML.
   */
  failedMetaCharsetLate: "Declares charset using a meta tag after the first 1024 bytes",
  /**
   * @description Text to tell the user that no meta charset tag was found in the HTML.
   */
  failedMetaCharsetMissing: "Does not declare charset using a meta tag",
  /**
   * @description Text to tell the user that trace data did not include the Blink signal for meta charset.
   */
  failedMetaCharsetUnknown: "Could not determine meta charset declaration from trace"
};
var i18nString19 = /* @__PURE__ */ __name((i18nId, values) => ({ i18nId, values }), "i18nString");
var CHARSET_HTTP_REGEX = /charset\s*=\s*[a-zA-Z0-9\-_:.()]{2,}/i;
function isCharacterSetInsight(model2) {
  return model2.insightKey === InsightKeys.CHARACTER_SET;
}
__name(isCharacterSetInsight, "isCharacterSetInsight");
function finalize49(partialModel) {
  let hasFailure = false;
  if (partialModel.data) {
    hasFailure = !partialModel.data.checklist.httpCharset.value && !partialModel.data.checklist.metaCharset.value;
  }
  return {
    insightKey: InsightKeys.CHARACTER_SET,
    strings: UIStrings19,
    title: i18nString19(UIStrings19.title),
    description: i18nString19(UIStrings19.description),
    docs: "https://developer.chrome.com/docs/insights/charset/",
    category: InsightCategory.ALL,
    state: hasFailure ? "fail" : "pass",
    ...partialModel
  };
}
__name(finalize49, "finalize");
function hasCharsetInContentType(request) {
  if (!request.args.data.responseHeaders) {
    return false;
  }
  for (const header of request.args.data.responseHeaders) {
    if (header.name.toLowerCase() === "content-type") {
      return CHARSET_HTTP_REGEX.test(header.value);
    }
  }
  return false;
}
__name(hasCharsetInContentType, "hasCharsetInContentType");
function findMetaCharsetDisposition(data31, context) {
  if (!context.navigation) {
    return void 0;
  }
  return data31.PageLoadMetrics.metaCharsetCheckEventsByNavigation.get(context.navigation)?.at(-1)?.args.data?.disposition;
}
__name(findMetaCharsetDisposition, "findMetaCharsetDisposition");
function metaCharsetLabel(disposition) {
  switch (disposition) {
    case "found-in-first-1024-bytes":
      return i18nString19(UIStrings19.passingMetaCharsetEarly);
    case "found-after-first-1024-bytes":
      return i18nString19(UIStrings19.failedMetaCharsetLate);
    case "not-found":
      return i18nString19(UIStrings19.failedMetaCharsetMissing);
    default:
      return i18nString19(UIStrings19.failedMetaCharsetUnknown);
  }
}
__name(metaCharsetLabel, "metaCharsetLabel");
function generateInsight19(data31, context) {
  if (!context.navigation) {
    return finalize49({});
  }
  const documentRequest = data31.NetworkRequests.byId.get(context.navigationId);
  if (!documentRequest) {
    return finalize49({ warnings: [InsightWarning.NO_DOCUMENT_REQUEST] });
  }
  const hasHttpCharset = hasCharsetInContentType(documentRequest);
  const metaCharsetDisposition = findMetaCharsetDisposition(data31, context);
  const hasMetaCharsetInFirst1024Bytes = metaCharsetDisposition === "found-in-first-1024-bytes";
  return finalize49({
    relatedEvents: [documentRequest],
    data: {
      hasHttpCharset,
      metaCharsetDisposition,
      documentRequest,
      checklist: {
        httpCharset: {
          label: hasHttpCharset ? i18nString19(UIStrings19.passingHttpHeader) : i18nString19(UIStrings19.failedHttpHeader),
          value: hasHttpCharset
        },
        metaCharset: {
          label: metaCharsetLabel(metaCharsetDisposition),
          value: hasMetaCharsetInFirst1024Bytes
        }
      }
    }
  });
}
__name(generateInsight19, "generateInsight");
function createOverlays19(model2) {
  if (!model2.data?.documentRequest) {
    return [];
  }
  return [{
    type: "ENTRY_SELECTED",
    entry: model2.data.documentRequest
  }];
}
__name(createOverlays19, "createOverlays");

// node_modules/@paulirish/trace_engine/models/trace/LanternComputationData.js
var LanternComputationData_exports = {};
__export(LanternComputationData_exports, {
  createGraph: () => createGraph,
  createNetworkRequests: () => createNetworkRequests,
  createProcessedNavigation: () => createProcessedNavigation
});
function createProcessedNavigation(data31, frameId, navigation) {
  const scoresByNav = data31.PageLoadMetrics.metricScoresByFrameId.get(frameId);
  if (!scoresByNav) {
    throw new core_exports.LanternError("missing metric scores for frame");
  }
  const scores = scoresByNav.get(navigation);
  if (!scores) {
    throw new core_exports.LanternError("missing metric scores for specified navigation");
  }
  const getTimestampOrUndefined = /* @__PURE__ */ __name((metric) => {
    const metricScore = scores.get(metric);
    if (!metricScore?.event) {
      return;
    }
    return metricScore.event.ts;
  }, "getTimestampOrUndefined");
  const getTimestamp = /* @__PURE__ */ __name((metric) => {
    const metricScore = scores.get(metric);
    if (!metricScore?.event) {
      throw new core_exports.LanternError(`missing metric: ${metric}`);
    }
    return metricScore.event.ts;
  }, "getTimestamp");
  return {
    timestamps: {
      firstContentfulPaint: getTimestamp(ModelHandlers_exports.PageLoadMetrics.MetricName.FCP),
      largestContentfulPaint: getTimestampOrUndefined(ModelHandlers_exports.PageLoadMetrics.MetricName.LCP)
    }
  };
}
__name(createProcessedNavigation, "createProcessedNavigation");
function createParsedUrl(url) {
  if (typeof url === "string") {
    url = new URL(url);
  }
  return {
    scheme: url.protocol.split(":")[0],
    // Intentional, DevTools uses different terminology
    host: url.hostname,
    securityOrigin: url.origin
  };
}
__name(createParsedUrl, "createParsedUrl");
function findWorkerThreads(trace) {
  const workerThreads = /* @__PURE__ */ new Map();
  const workerCreationEvents = ["ServiceWorker thread", "DedicatedWorker thread"];
  for (const event of trace.traceEvents) {
    if (event.name !== "thread_name" || !event.args.name) {
      continue;
    }
    if (!workerCreationEvents.includes(event.args.name)) {
      continue;
    }
    const tids = workerThreads.get(event.pid);
    if (tids) {
      tids.push(event.tid);
    } else {
      workerThreads.set(event.pid, [event.tid]);
    }
  }
  return workerThreads;
}
__name(findWorkerThreads, "findWorkerThreads");
function createLanternRequest(parsedTrace, workerThreads, request) {
  if (request.args.data.hasResponse && request.args.data.connectionId === void 0) {
    throw new core_exports.LanternError("Trace is too old");
  }
  let url;
  try {
    url = new URL(request.args.data.url);
  } catch {
    return;
  }
  const timing = request.args.data.timing ? {
    // These two timings are not included in the trace.
    workerFetchStart: -1,
    workerRespondWithSettled: -1,
    receiveHeadersStart: -1,
    ...request.args.data.timing
  } : void 0;
  const networkRequestTime = timing ? timing.requestTime * 1e3 : request.args.data.syntheticData.downloadStart / 1e3;
  let fromWorker = false;
  const tids = workerThreads.get(request.pid);
  if (tids?.includes(request.tid)) {
    fromWorker = true;
  }
  if (parsedTrace.Workers.workerIdByThread.has(request.tid)) {
    fromWorker = true;
  }
  const initiator = request.args.data.initiator ?? {
    type: "other"
    /* Protocol.Network.InitiatorType.Other */
  };
  if (request.args.data.stackTrace) {
    const callFrames = request.args.data.stackTrace.map((f) => {
      return {
        scriptId: String(f.scriptId),
        url: f.url,
        lineNumber: f.lineNumber - 1,
        columnNumber: f.columnNumber - 1,
        functionName: f.functionName
      };
    });
    initiator.stack = { callFrames };
  }
  let resourceType = request.args.data.resourceType;
  if (request.args.data.initiator?.fetchType === "xmlhttprequest") {
    resourceType = "XHR";
  } else if (request.args.data.initiator?.fetchType === "fetch") {
    resourceType = "Fetch";
  }
  let resourceSize = request.args.data.decodedBodyLength ?? 0;
  if (url.protocol === "data:" && resourceSize === 0) {
    const commaIndex = url.pathname.indexOf(",");
    if (url.pathname.substring(0, commaIndex).includes(";base64")) {
      resourceSize = atob(url.pathname.substring(commaIndex + 1)).length;
    } else {
      resourceSize = url.pathname.length - commaIndex - 1;
    }
  }
  return {
    rawRequest: request,
    requestId: request.args.data.requestId,
    connectionId: request.args.data.connectionId ?? 0,
    connectionReused: request.args.data.connectionReused ?? false,
    url: request.args.data.url,
    protocol: request.args.data.protocol,
    parsedURL: createParsedUrl(url),
    documentURL: request.args.data.requestingFrameUrl,
    rendererStartTime: request.ts / 1e3,
    networkRequestTime,
    responseHeadersEndTime: request.args.data.syntheticData.downloadStart / 1e3,
    networkEndTime: request.args.data.syntheticData.finishTime / 1e3,
    transferSize: request.args.data.encodedDataLength,
    resourceSize,
    fromDiskCache: request.args.data.syntheticData.isDiskCached,
    fromMemoryCache: request.args.data.syntheticData.isMemoryCached,
    isLinkPreload: request.args.data.isLinkPreload,
    finished: request.args.data.finished,
    failed: request.args.data.failed,
    statusCode: request.args.data.statusCode,
    initiator,
    timing,
    resourceType,
    mimeType: request.args.data.mimeType,
    priority: request.args.data.priority,
    frameId: request.args.data.frame,
    fromWorker,
    serverResponseTime: request.args.data.lrServerResponseTime
  };
}
__name(createLanternRequest, "createLanternRequest");
function chooseInitiatorRequest(request, requestsByURL) {
  if (request.redirectSource) {
    return request.redirectSource;
  }
  const initiatorURL = graph_exports.PageDependencyGraph.getNetworkInitiators(request)[0];
  let candidates = requestsByURL.get(initiatorURL) || [];
  candidates = candidates.filter((c) => {
    return c.responseHeadersEndTime <= request.rendererStartTime && c.finished && !c.failed;
  });
  if (candidates.length > 1) {
    const nonPrefetchCandidates = candidates.filter((cand) => cand.resourceType !== types_exports4.NetworkRequestTypes.Other);
    if (nonPrefetchCandidates.length) {
      candidates = nonPrefetchCandidates;
    }
  }
  if (candidates.length > 1) {
    const sameFrameCandidates = candidates.filter((cand) => cand.frameId === request.frameId);
    if (sameFrameCandidates.length) {
      candidates = sameFrameCandidates;
    }
  }
  if (candidates.length > 1 && request.initiator.type === "parser") {
    const documentCandidates = candidates.filter((cand) => cand.resourceType === types_exports4.NetworkRequestTypes.Document);
    if (documentCandidates.length) {
      candidates = documentCandidates;
    }
  }
  if (candidates.length > 1) {
    const linkPreloadCandidates = candidates.filter((c) => c.isLinkPreload);
    if (linkPreloadCandidates.length) {
      const nonPreloadCandidates = candidates.filter((c) => !c.isLinkPreload);
      const allPreloaded = nonPreloadCandidates.every((c) => c.fromDiskCache || c.fromMemoryCache);
      if (nonPreloadCandidates.length && allPreloaded) {
        candidates = linkPreloadCandidates;
      }
    }
  }
  return candidates.length === 1 ? candidates[0] : null;
}
__name(chooseInitiatorRequest, "chooseInitiatorRequest");
function linkInitiators(lanternRequests) {
  const requestsByURL = /* @__PURE__ */ new Map();
  for (const request of lanternRequests) {
    const requests = requestsByURL.get(request.url) || [];
    requests.push(request);
    requestsByURL.set(request.url, requests);
  }
  for (const request of lanternRequests) {
    const initiatorRequest = chooseInitiatorRequest(request, requestsByURL);
    if (initiatorRequest) {
      request.initiatorRequest = initiatorRequest;
    }
  }
}
__name(linkInitiators, "linkInitiators");
function createNetworkRequests(trace, data31, startTime = 0, endTime = Number.POSITIVE_INFINITY) {
  const workerThreads = findWorkerThreads(trace);
  const lanternRequestsNoRedirects = [];
  for (const request of data31.NetworkRequests.byTime) {
    if (request.ts >= startTime && request.ts < endTime) {
      const lanternRequest = createLanternRequest(data31, workerThreads, request);
      if (lanternRequest) {
        lanternRequestsNoRedirects.push(lanternRequest);
      }
    }
  }
  const lanternRequests = [];
  for (const request of [...lanternRequestsNoRedirects]) {
    if (!request.rawRequest) {
      continue;
    }
    const redirects = request.rawRequest.args.data.redirects;
    if (!redirects.length) {
      lanternRequests.push(request);
      continue;
    }
    const requestChain = [];
    for (const redirect of redirects) {
      const redirectedRequest = structuredClone(request);
      redirectedRequest.networkRequestTime = redirect.ts / 1e3;
      redirectedRequest.rendererStartTime = redirectedRequest.networkRequestTime;
      redirectedRequest.networkEndTime = (redirect.ts + redirect.dur) / 1e3;
      redirectedRequest.responseHeadersEndTime = redirectedRequest.networkEndTime;
      redirectedRequest.timing = {
        requestTime: redirectedRequest.networkRequestTime / 1e3,
        receiveHeadersStart: redirectedRequest.responseHeadersEndTime,
        receiveHeadersEnd: redirectedRequest.responseHeadersEndTime,
        proxyStart: -1,
        proxyEnd: -1,
        dnsStart: -1,
        dnsEnd: -1,
        connectStart: -1,
        connectEnd: -1,
        sslStart: -1,
        sslEnd: -1,
        sendStart: -1,
        sendEnd: -1,
        workerStart: -1,
        workerReady: -1,
        workerFetchStart: -1,
        workerRespondWithSettled: -1,
        pushStart: -1,
        pushEnd: -1
      };
      redirectedRequest.url = redirect.url;
      redirectedRequest.parsedURL = createParsedUrl(redirect.url);
      redirectedRequest.statusCode = 302;
      redirectedRequest.resourceType = void 0;
      redirectedRequest.transferSize = 400;
      requestChain.push(redirectedRequest);
      lanternRequests.push(redirectedRequest);
    }
    requestChain.push(request);
    lanternRequests.push(request);
    for (let i = 0; i < requestChain.length; i++) {
      const request2 = requestChain[i];
      if (i > 0) {
        request2.redirectSource = requestChain[i - 1];
        request2.redirects = requestChain.slice(0, i);
      }
      if (i !== requestChain.length - 1) {
        request2.redirectDestination = requestChain[i + 1];
      }
    }
    for (let i = 1; i < requestChain.length; i++) {
      requestChain[i].requestId = `${requestChain[i - 1].requestId}:redirect`;
    }
  }
  linkInitiators(lanternRequests);
  return lanternRequests;
}
__name(createNetworkRequests, "createNetworkRequests");
function collectMainThreadEvents(trace, data31) {
  const Meta = data31.Meta;
  const mainFramePids = Meta.mainFrameNavigations.length ? new Set(Meta.mainFrameNavigations.map((nav) => nav.pid)) : Meta.topLevelRendererIds;
  const rendererPidToTid = /* @__PURE__ */ new Map();
  for (const pid of mainFramePids) {
    const threads = Meta.threadsInProcess.get(pid) ?? [];
    let found = false;
    for (const [tid, thread] of threads) {
      if (thread.args.name === "CrRendererMain") {
        rendererPidToTid.set(pid, tid);
        found = true;
        break;
      }
    }
    if (found) {
      continue;
    }
    for (const [tid, thread] of threads) {
      if (thread.args.name === "CrBrowserMain") {
        rendererPidToTid.set(pid, tid);
        found = true;
        break;
      }
    }
  }
  return trace.traceEvents.filter((e) => rendererPidToTid.get(e.pid) === e.tid);
}
__name(collectMainThreadEvents, "collectMainThreadEvents");
function createGraph(requests, trace, data31, url) {
  const mainThreadEvents = collectMainThreadEvents(trace, data31);
  if (!url) {
    url = {
      requestedUrl: requests[0].url,
      mainDocumentUrl: ""
    };
    let request = requests[0];
    while (request.redirectDestination) {
      request = request.redirectDestination;
    }
    url.mainDocumentUrl = request.url;
  }
  return graph_exports.PageDependencyGraph.createGraph(mainThreadEvents, requests, url);
}
__name(createGraph, "createGraph");

// node_modules/@paulirish/trace_engine/models/trace/Processor.js
var Processor_exports = {};
__export(Processor_exports, {
  TraceParseProgressEvent: () => TraceParseProgressEvent,
  TraceProcessor: () => TraceProcessor,
  sortHandlers: () => sortHandlers
});
var _a2;
var TraceParseProgressEvent = class _TraceParseProgressEvent extends Event {
  static {
    __name(this, "TraceParseProgressEvent");
  }
  data;
  static eventName = "traceparseprogress";
  constructor(data31, init = { bubbles: true }) {
    super(_TraceParseProgressEvent.eventName, init);
    this.data = data31;
  }
};
function calculateProgress(value, phase) {
  if (phase === 0.8) {
    return value * (0.8 - 0.2) + 0.2;
  }
  return value * phase;
}
__name(calculateProgress, "calculateProgress");
var TraceProcessor = class extends EventTarget {
  static {
    __name(this, "TraceProcessor");
  }
  // We force the Meta handler to be enabled, so the TraceHandlers type here is
  // the model handlers the user passes in and the Meta handler.
  #traceHandlers;
  #status = "IDLE";
  #modelConfiguration = Configuration_exports.defaults();
  #data = null;
  #insights = null;
  static createWithAllHandlers() {
    return new _a2(ModelHandlers_exports, Configuration_exports.defaults());
  }
  /**
   * This function is kept for testing with `stub`.
   */
  static getInsightRunners() {
    return { ...Models_exports };
  }
  constructor(traceHandlers, modelConfiguration) {
    super();
    this.#verifyHandlers(traceHandlers);
    this.#traceHandlers = {
      Meta: ModelHandlers_exports.Meta,
      ...traceHandlers
    };
    if (modelConfiguration) {
      this.#modelConfiguration = modelConfiguration;
    }
    this.#passConfigToHandlers();
  }
  #passConfigToHandlers() {
    for (const handler of Object.values(this.#traceHandlers)) {
      if ("handleUserConfig" in handler && handler.handleUserConfig) {
        handler.handleUserConfig(this.#modelConfiguration);
      }
    }
  }
  /**
   * When the user passes in a set of handlers, we want to ensure that we have all
   * the required handlers. Handlers can depend on other handlers, so if the user
   * passes in FooHandler which depends on BarHandler, they must also pass in
   * BarHandler too. This method verifies that all dependencies are met, and
   * throws if not.
   **/
  #verifyHandlers(providedHandlers) {
    if (Object.keys(providedHandlers).length === Object.keys(ModelHandlers_exports).length) {
      return;
    }
    const requiredHandlerKeys = /* @__PURE__ */ new Set();
    for (const [handlerName, handler] of Object.entries(providedHandlers)) {
      requiredHandlerKeys.add(handlerName);
      const deps17 = "deps" in handler ? handler.deps() : [];
      for (const depName of deps17) {
        requiredHandlerKeys.add(depName);
      }
    }
    const providedHandlerKeys = new Set(Object.keys(providedHandlers));
    requiredHandlerKeys.delete("Meta");
    for (const requiredKey of requiredHandlerKeys) {
      if (!providedHandlerKeys.has(requiredKey)) {
        throw new Error(`Required handler ${requiredKey} not provided.`);
      }
    }
  }
  reset() {
    if (this.#status === "PARSING") {
      throw new Error("Trace processor can't reset while parsing.");
    }
    const handlers = Object.values(this.#traceHandlers);
    for (const handler of handlers) {
      handler.reset();
    }
    this.#data = null;
    this.#insights = null;
    this.#status = "IDLE";
  }
  async parse(traceEvents, options) {
    if (this.#status !== "IDLE") {
      throw new Error(`Trace processor can't start parsing when not idle. Current state: ${this.#status}`);
    }
    if (typeof options.isCPUProfile === "undefined" && options.metadata) {
      options.isCPUProfile = options.metadata.dataOrigin === File_exports.DataOrigin.CPU_PROFILE;
    }
    options.logger?.start("total");
    try {
      this.#status = "PARSING";
      options.logger?.start("parse");
      await this.#computeParsedTrace(traceEvents, options);
      options.logger?.end("parse");
      if (this.#data && !options.isCPUProfile) {
        options.logger?.start("insights");
        this.#computeInsights(this.#data, traceEvents, options);
        options.logger?.end("insights");
      }
      this.#status = "FINISHED_PARSING";
    } catch (e) {
      this.#status = "ERRORED_WHILE_PARSING";
      throw e;
    } finally {
      options.logger?.end("total");
    }
  }
  /**
   * Run all the handlers and set the result to `#data`.
   */
  async #computeParsedTrace(traceEvents, options) {
    const eventsPerChunk = 5e4;
    const sortedHandlers = [...sortHandlers(this.#traceHandlers).entries()];
    for (const [, handler] of sortedHandlers) {
      handler.reset();
    }
    options.logger?.start("parse:handleEvent");
    for (let i = 0; i < traceEvents.length; ++i) {
      if (i % eventsPerChunk === 0 && i) {
        const percent = calculateProgress(
          i / traceEvents.length,
          0.2
          /* ProgressPhase.HANDLE_EVENT */
        );
        this.dispatchEvent(new TraceParseProgressEvent({ percent }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const event = traceEvents[i];
      for (let j = 0; j < sortedHandlers.length; ++j) {
        const [, handler] = sortedHandlers[j];
        handler.handleEvent(event);
      }
    }
    options.logger?.end("parse:handleEvent");
    const finalizeOptions = {
      ...options,
      allTraceEvents: traceEvents
    };
    for (let i = 0; i < sortedHandlers.length; i++) {
      const [name, handler] = sortedHandlers[i];
      if (handler.finalize) {
        options.logger?.start(`parse:${name}:finalize`);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await handler.finalize(finalizeOptions);
        options.logger?.end(`parse:${name}:finalize`);
      }
      const percent = calculateProgress(
        i / sortedHandlers.length,
        0.8
        /* ProgressPhase.FINALIZE */
      );
      this.dispatchEvent(new TraceParseProgressEvent({ percent }));
    }
    options.logger?.start("parse:handler.data()");
    const parsedTrace = {};
    for (const [name, handler] of Object.entries(this.#traceHandlers)) {
      Object.assign(parsedTrace, { [name]: handler.data() });
    }
    options.logger?.end("parse:handler.data()");
    this.dispatchEvent(new TraceParseProgressEvent({
      percent: 1
      /* ProgressPhase.CLONE */
    }));
    this.#data = parsedTrace;
  }
  get data() {
    if (this.#status !== "FINISHED_PARSING") {
      return null;
    }
    return this.#data;
  }
  get insights() {
    if (this.#status !== "FINISHED_PARSING") {
      return null;
    }
    return this.#insights;
  }
  #createLanternContext(data31, traceEvents, frameId, navigation, options) {
    if (!data31.NetworkRequests || !data31.Workers || !data31.PageLoadMetrics) {
      return;
    }
    if (!data31.NetworkRequests.byTime.length) {
      throw new core_exports.LanternError("No network requests found in trace");
    }
    const navStarts = data31.Meta.navigationsByFrameId.get(frameId);
    const navStartIndex = navStarts?.findIndex((n) => n === navigation);
    if (!navStarts || navStartIndex === void 0 || navStartIndex === -1) {
      throw new core_exports.LanternError("Could not find navigation start");
    }
    const startTime = navStarts[navStartIndex].ts;
    const endTime = navStartIndex + 1 < navStarts.length ? navStarts[navStartIndex + 1].ts : Number.POSITIVE_INFINITY;
    const boundedTraceEvents = traceEvents.filter((e) => e.ts >= startTime && e.ts < endTime);
    const trace = {
      traceEvents: boundedTraceEvents
    };
    const requests = createNetworkRequests(trace, data31, startTime, endTime);
    const graph2 = createGraph(requests, trace, data31);
    const processedNavigation = createProcessedNavigation(data31, frameId, navigation);
    const networkAnalysis = core_exports.NetworkAnalyzer.analyze(requests);
    if (!networkAnalysis) {
      return;
    }
    const lanternSettings = {
      // TODO(crbug.com/372674229): if devtools throttling was on, does this network analysis capture
      // that? Do we need to set 'devtools' throttlingMethod?
      networkAnalysis,
      throttlingMethod: "provided",
      ...options.lanternSettings
    };
    const simulator = simulation_exports.Simulator.createSimulator(lanternSettings);
    const computeData = { graph: graph2, simulator, processedNavigation };
    const fcpResult = metrics_exports.FirstContentfulPaint.compute(computeData);
    const lcpResult = metrics_exports.LargestContentfulPaint.compute(computeData, { fcpResult });
    const interactiveResult = metrics_exports.Interactive.compute(computeData, { lcpResult });
    const tbtResult = metrics_exports.TotalBlockingTime.compute(computeData, { fcpResult, interactiveResult });
    const metrics = {
      firstContentfulPaint: fcpResult,
      interactive: interactiveResult,
      largestContentfulPaint: lcpResult,
      totalBlockingTime: tbtResult
    };
    return { requests, graph: graph2, simulator, metrics };
  }
  /**
   * Sort the insight models based on the impact of each insight's estimated savings, additionally weighted by the
   * worst metrics according to field data (if present).
   */
  sortInsightSet(insightSet, metadata) {
    const baselineOrder = {
      INPBreakdown: null,
      LCPBreakdown: null,
      LCPDiscovery: null,
      CLSCulprits: null,
      RenderBlocking: null,
      NetworkDependencyTree: null,
      ImageDelivery: null,
      DocumentLatency: null,
      FontDisplay: null,
      Viewport: null,
      DOMSize: null,
      ThirdParties: null,
      DuplicatedJavaScript: null,
      SlowCSSSelector: null,
      ForcedReflow: null,
      Cache: null,
      CharacterSet: null,
      ModernHTTP: null,
      LegacyJavaScript: null
    };
    const weights = Common_exports.calculateMetricWeightsForSorting(insightSet, metadata);
    const observedLcpMicro = Common_exports.getLCP(insightSet)?.value;
    const observedLcp = observedLcpMicro ? Timing_exports3.microToMilli(observedLcpMicro) : Timing_exports.Milli(0);
    const observedCls = Common_exports.getCLS(insightSet).value;
    const observedInpMicro = Common_exports.getINP(insightSet)?.value;
    const observedInp = observedInpMicro ? Timing_exports3.microToMilli(observedInpMicro) : Timing_exports.Milli(200);
    const observedLcpScore = observedLcp !== void 0 ? Common_exports.evaluateLCPMetricScore(observedLcp) : void 0;
    const observedInpScore = Common_exports.evaluateINPMetricScore(observedInp);
    const observedClsScore = Common_exports.evaluateCLSMetricScore(observedCls);
    const insightToSortingRank = /* @__PURE__ */ new Map();
    for (const [name, insight] of Object.entries(insightSet.model)) {
      const lcp = insight.metricSavings?.LCP ?? 0;
      const inp = insight.metricSavings?.INP ?? 0;
      const cls = insight.metricSavings?.CLS ?? 0;
      const lcpPostSavings = observedLcp !== void 0 ? Math.max(0, observedLcp - lcp) : void 0;
      const inpPostSavings = Math.max(0, observedInp - inp);
      const clsPostSavings = Math.max(0, observedCls - cls);
      let score = 0;
      if (weights.lcp && lcp && observedLcpScore !== void 0 && lcpPostSavings !== void 0) {
        score += weights.lcp * (Common_exports.evaluateLCPMetricScore(lcpPostSavings) - observedLcpScore);
      }
      if (weights.inp && inp && observedInpScore !== void 0) {
        score += weights.inp * (Common_exports.evaluateINPMetricScore(inpPostSavings) - observedInpScore);
      }
      if (weights.cls && cls && observedClsScore !== void 0) {
        score += weights.cls * (Common_exports.evaluateCLSMetricScore(clsPostSavings) - observedClsScore);
      }
      insightToSortingRank.set(name, score);
    }
    const baselineOrderKeys = Object.keys(baselineOrder);
    const orderedKeys = Object.keys(insightSet.model);
    orderedKeys.sort((a, b) => {
      const a1 = baselineOrderKeys.indexOf(a);
      const b1 = baselineOrderKeys.indexOf(b);
      if (a1 >= 0 && b1 >= 0) {
        return a1 - b1;
      }
      if (a1 >= 0) {
        return -1;
      }
      if (b1 >= 0) {
        return 1;
      }
      return 0;
    });
    orderedKeys.sort((a, b) => (insightToSortingRank.get(b) ?? 0) - (insightToSortingRank.get(a) ?? 0));
    const newModel = {};
    for (const key of orderedKeys) {
      const model2 = insightSet.model[key];
      newModel[key] = model2;
    }
    insightSet.model = newModel;
  }
  #computeInsightSet(data31, context) {
    const logger = context.options.logger;
    if (!this.#insights) {
      this.#insights = /* @__PURE__ */ new Map();
    }
    let id, urlString, navigation;
    if (context.navigation) {
      id = `NAVIGATION_${this.#insights.size}`;
      urlString = data31.Meta.finalDisplayUrlByNavigationId.get(context.navigationId) ?? data31.Meta.mainFrameURL;
      navigation = context.navigation;
    } else {
      id = TraceEvents_exports.NO_NAVIGATION;
      urlString = data31.Meta.finalDisplayUrlByNavigationId.get("") ?? data31.Meta.mainFrameURL;
    }
    const insightSetModel = {};
    const insightSetModelErrors = {};
    for (const [name, insight] of Object.entries(_a2.getInsightRunners())) {
      try {
        logger?.start(`insights:${name}`);
        const model2 = insight.generateInsight(data31, context);
        model2.frameId = context.frameId;
        const navId = context.navigation?.args.data?.navigationId;
        if (navId) {
          model2.navigation = context.navigation;
        }
        model2.createOverlays = () => {
          return insight.createOverlays(model2);
        };
        Object.assign(insightSetModel, { [name]: model2 });
      } catch (err) {
        Object.assign(insightSetModelErrors, { [name]: err });
      } finally {
        logger?.end(`insights:${name}`);
      }
    }
    const isNavigation = id === TraceEvents_exports.NO_NAVIGATION;
    const trivialThreshold = Timing_exports3.milliToMicro(Timing_exports.Milli(5e3));
    const everyInsightPasses = Object.values(insightSetModel).every((model2) => model2 && model2.state === "pass");
    const noLcp = !insightSetModel.LCPBreakdown?.lcpEvent;
    const noInp = !insightSetModel.INPBreakdown?.longestInteractionEvent;
    const noLayoutShifts = insightSetModel.CLSCulprits?.shifts?.size === 0;
    const shouldExclude = isNavigation && context.bounds.range < trivialThreshold && everyInsightPasses && noLcp && noInp && noLayoutShifts;
    if (shouldExclude) {
      return;
    }
    let url;
    try {
      url = new URL(urlString);
    } catch {
      return;
    }
    const insightSet = {
      id,
      url,
      navigation,
      frameId: context.frameId,
      bounds: context.bounds,
      model: insightSetModel,
      modelErrors: insightSetModelErrors
    };
    this.#insights.set(insightSet.id, insightSet);
    this.sortInsightSet(insightSet, context.options.metadata ?? null);
  }
  /**
   * Run all the insights and set the result to `#insights`.
   */
  #computeInsights(data31, traceEvents, options) {
    this.#insights = /* @__PURE__ */ new Map();
    const navigations = data31.Meta.mainFrameNavigations.filter((navigation) => navigation.args.frame && navigation.args.data?.navigationId);
    this.#computeInsightsForInitialTracePeriod(data31, navigations, options);
    for (const [index, navigation] of navigations.entries()) {
      const min = navigation.ts;
      const max = index + 1 < navigations.length ? navigations[index + 1].ts : data31.Meta.traceBounds.max;
      const bounds = Timing_exports3.traceWindowFromMicroSeconds(min, max);
      this.#computeInsightsForNavigation(navigation, bounds, data31, traceEvents, options);
    }
  }
  /**
   * Computes insights for the period before the first navigation, or for the entire trace if no navigations exist.
   */
  #computeInsightsForInitialTracePeriod(data31, navigations, options) {
    const bounds = navigations.length > 0 ? Timing_exports3.traceWindowFromMicroSeconds(data31.Meta.traceBounds.min, navigations[0].ts) : data31.Meta.traceBounds;
    const context = {
      options,
      bounds,
      frameId: data31.Meta.mainFrameId
      // No navigation or lantern context applies to this initial/no-navigation period.
    };
    this.#computeInsightSet(data31, context);
  }
  /**
   * Computes insights for a specific navigation event.
   */
  #computeInsightsForNavigation(navigation, bounds, data31, traceEvents, options) {
    const frameId = navigation.args.frame;
    const navigationId = navigation.args.data?.navigationId;
    let lantern;
    try {
      options.logger?.start("insights:createLanternContext");
      lantern = this.#createLanternContext(data31, traceEvents, frameId, navigation, options);
    } catch (e) {
      const expectedErrors = [
        "mainDocumentRequest not found",
        "missing metric scores for main frame",
        "missing metric: FCP",
        "missing metric: LCP",
        "No network requests found in trace",
        "Trace is too old"
      ];
      if (!(e instanceof core_exports.LanternError)) {
        console.error(e);
      } else if (!expectedErrors.some((err) => e.message === err)) {
        console.error(e);
      }
    } finally {
      options.logger?.end("insights:createLanternContext");
    }
    const context = {
      options,
      bounds,
      frameId,
      navigation,
      navigationId,
      lantern
    };
    this.#computeInsightSet(data31, context);
  }
};
_a2 = TraceProcessor;
function sortHandlers(traceHandlers) {
  const sortedMap = /* @__PURE__ */ new Map();
  const visited = /* @__PURE__ */ new Set();
  const visitHandler = /* @__PURE__ */ __name((handlerName) => {
    if (sortedMap.has(handlerName)) {
      return;
    }
    if (visited.has(handlerName)) {
      let stackPath = "";
      for (const handler2 of visited) {
        if (stackPath || handler2 === handlerName) {
          stackPath += `${handler2}->`;
        }
      }
      stackPath += handlerName;
      throw new Error(`Found dependency cycle in trace event handlers: ${stackPath}`);
    }
    visited.add(handlerName);
    const handler = traceHandlers[handlerName];
    if (!handler) {
      return;
    }
    const deps17 = handler.deps?.();
    if (deps17) {
      deps17.forEach(visitHandler);
    }
    sortedMap.set(handlerName, handler);
  }, "visitHandler");
  for (const handlerName of Object.keys(traceHandlers)) {
    visitHandler(handlerName);
  }
  return sortedMap;
}
__name(sortHandlers, "sortHandlers");

// node_modules/@paulirish/trace_engine/models/trace/Styles.js
var EventCategory;
(function(EventCategory2) {
  EventCategory2["DRAWING"] = "drawing";
  EventCategory2["RASTERIZING"] = "rasterizing";
  EventCategory2["LAYOUT"] = "layout";
  EventCategory2["LOADING"] = "loading";
  EventCategory2["EXPERIENCE"] = "experience";
  EventCategory2["SCRIPTING"] = "scripting";
  EventCategory2["MESSAGING"] = "messaging";
  EventCategory2["RENDERING"] = "rendering";
  EventCategory2["PAINTING"] = "painting";
  EventCategory2["GPU"] = "gpu";
  EventCategory2["ASYNC"] = "async";
  EventCategory2["OTHER"] = "other";
  EventCategory2["IDLE"] = "idle";
})(EventCategory || (EventCategory = {}));

export {
  core_exports,
  graph_exports,
  metrics_exports,
  simulation_exports,
  require_create_entity_finder_api,
  NO_NAVIGATION,
  helpers_exports2 as helpers_exports,
  handlers_exports,
  summarizeByURL,
  calculateDocFirstByteTs,
  UIStrings,
  UIStrings2,
  UIStrings3,
  UIStrings4,
  UIStrings5,
  UIStrings6,
  UIStrings7,
  UIStrings8,
  getOptimizationMessage,
  UIStrings9,
  UIStrings10,
  UIStrings11,
  UIStrings12,
  UIStrings13,
  UIStrings14,
  TOO_MANY_PRECONNECTS_THRESHOLD,
  UIStrings15,
  UIStrings16,
  UIStrings17,
  UIStrings18,
  insights_exports,
  LanternComputationData_exports,
  Processor_exports
};
