// Compact lists of frequent first and last names in Denmark, Norway, Sweden and Finland (from the
// statistics offices' top lists), lower-cased. They only need to catch most values of a name column:
// the column's share of matches decides, not any single cell.

const FIRST = `anne kirsten mette hanne anna helle susanne lene maria marianne inge karen lone bente camilla pia
louise charlotte ida sofie emma freja clara laura signe julie peter jens michael lars henrik thomas søren jan
niels christian martin jørgen hans anders morten rasmus mads frederik jesper ole per erik kim carl william
oliver noah lucas victor magnus emil malthe alfred oscar aksel karl johan nikolaj jakob mikkel kasper tobias
nora ella olivia sara alma agnes astrid ingrid kari liv randi solveig tone berit marit hilde silje ingeborg
nils bjørn knut arne odd terje geir tor kjell rune trond svein gunnar stian håkon sindre eirik sander jonas
filip elias isak leah mia selma ebba maja elsa alice wilma vera saga linnea ella märta kerstin birgitta
margareta eva karin lena gunilla ulla åsa annika malin sven lennart stefan mats ulf bengt göran leif gustav
axel hugo ludvig elin hanna ellen aino eino veikko matti timo juha kari mikko jari antti jukka pekka heikki
markku pentti tuula päivi leena sirpa riitta marja anneli liisa helena johanna tuulikki kaarina pirjo
hannele satu merja minna tiina elina onni leo väinö eetu aatos venla aada lilja sofia helmi eveliina
lauri juhani mikael tapio ilmari aleksi ville henna jenni katja laila maija sanna tarja raija tuomas
joakim daniel david alexander sebastian simon philip benjamin frida josefine mathilde katrine kristine
birgit dorthe else gitte jette lis tove vibeke ulrik bo finn flemming preben poul torben kristian steffen`

const LAST = `nielsen jensen hansen pedersen andersen christensen larsen sørensen rasmussen jørgensen petersen
madsen kristensen olsen thomsen christiansen poulsen johansen møller mortensen knudsen jakobsen jacobsen
mikkelsen olesen frederiksen laursen henriksen lund schmidt eriksen holm kristiansen clausen simonsen
svendsen andreasen iversen jeppesen mogensen johannessen karlsen berg haugen hagen johnsen nilsen
andreassen solberg bakken kristoffersen halvorsen jakobsen moen gundersen dahl lie strand ellingsen
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
jonsson jansson hansson bengtsson jönsson lindberg jakobsson magnusson lindström olofsson lindqvist
lindgren axelsson berg bergström lundberg lundgren lundqvist mattsson berglund fredriksson sandberg
henriksson forsberg sjöberg wallin engström eklund danielsson lundin håkansson björk bergman gunnarsson
korhonen virtanen mäkinen nieminen mäkelä hämäläinen laine heikkinen koskinen järvinen lehtonen
lehtinen saarinen salminen heinonen niemi heikkilä kinnunen salonen turunen salo laitinen tuominen
rantanen karjalainen jokinen mattila savolainen lahtinen ahonen räsänen hiltunen leppänen kallio
aaltonen laaksonen kärkkäinen lind holmberg eklund nyström`

export const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST.split(/\s+/).filter(Boolean))
export const LAST_NAMES: ReadonlySet<string> = new Set(LAST.split(/\s+/).filter(Boolean))
