name = "wuzhen"
version = "1.0.0"
title = "Wuzhen and Zhejiang's digital economy"
description = "Eight short sample news pages (2015-2019) on Wuzhen, host town of the World Internet Conference, on Tongxiang and on Zhejiang's digital economy: e-commerce volumes, investment, output targets, users and jobs. The articles keep their page furniture (breadcrumbs, datelines in several formats, bylines, footers, licence codes) and mix line endings and encodings, so the pack exercises article parsing as well as figure extraction. data/sources.csv lists the outlet and publication date each article states."
authors = { "wicrun team" }
license = "CC-BY-4.0"
requires = "0.1"
main = "scripts/main.lua"
corpus = { "articles/*.txt" }
params = { top = 5 }
