Probablemente se trata de restos de una de las lunas de Saturno que desapareció sin dejar rastro hace 4.500 millones de años.
Una de las mayores y más nítidas fotografías tomadas por el telescopio Hubble: la Galaxia del Remolino.
Dependiendo de las tonalidades, algunas imágenes de galaxias espirales se convierten en verdaderas obras de arte.
La imagen publicada por el Observatorio Europeo Austral muestra la Nebulosa Trífida situada a varios miles de años luz en la constelación de Sagitario.
El nombre Trífida procede del término latino "trifidus" (dividido en tres), puesto que unas oscuras líneas de polvo dividen el corazón candente de esta zona de formación estelar en tres lóbulos.
En la constelación de Ofiuco los astrónomos pudieron fotografiar los indicios de una carambola cósmica: a 400 millones de años luz de la Tierra los núcleos de dos galaxias en proceso de fusión se abalanzan el uno hacia el otro para terminar chocando de forma irremediable.
Esta formación de estrellas fue captada por el telescopio Hubble en la galaxia espiral M83.
Los que no gusten de abreviaturas técnicas pueden referirse a ella con el sobrenombre de Molinillo Austral.
La fotografía del telescopio espacial Hubble muestra una sección de la Nebulosa Iris en la constelación de Cefeo.
La nebulosa situada a 1.400 años luz está compuesta por partículas de polvo cuyo tamaño es entre diez y cien veces más pequeño que el de las partículas de polvo que podemos encontrar en una casa.
Esta imagen fue creada a partir de imágenes ópticas y de radiografías hechas por distintos telescopios.
Muestra un anillo de agujeros negros situado a 430 millones de años luz de la Tierra.
Este grupo de galaxias, denominado Arp 273, sirvió por un momento de modelo para el telescopio espacial Hubble de la NASA.
Los científicos denominan la galaxia espiral de mayor tamaño UGC 1810.
En esta nebulosa se encuentra el grupo de estrellas jóvenes más brillantes de nuestra Vía Láctea.
Esta zona de formación estelar produce constantemente nuevas estrellas.
En esta nube de estrellas, asociada a la Nebulosa Roseta.
También surgen continuamente nuevas estrella; a 5.000 años luz de la Tierra.
En esta galaxia tan brillante con un pequeño agujero negro aún no hay polvo, solo gas.
Los investigadores suponen que se formó poco después del big bang, cuando en el universo se podía encontrar sobre todo hidrógeno.
Nuestra ventana al universo: los telescopios más importantes
Parece que el telescopio fue inventado por Hans Lipperhey en 1608, antes de que Galileo Galilei lo utilizara un año después para observar las estrellas.
Desde entonces, los espejos de los telescopios ópticos no ha parado de crecer y las imágenes que nos ofrecen tienen cada vez más profundidad.
Durante 30 años, concretamente de 1947 a 1975, el telescopio Hale situado en el Observatorio Palomar cerca de San Diego fue el más grande del mundo.
Su espejo, en la imagen.
Tenía un diámetro de cinco metros.
En Arizona, EE. UU., se levanta el Large Binocular Telescope.
Éste permite observar el cosmos a través de dos espejos, cada uno con un diámetro de 8,4 metros.
El interior del Gran Telescopio Canarias situado en la isla de La Palma es enorme - solo el espejo tiene un diámetro de 10,4 metros.
El espejo del Southern African Large Telescope en Sudáfrica está segmentado para ahorrar costes.
Pese a ello, alcanza un diámetro de aproximadamente once metros.
El inconveniente de esta construcción más económica es que el telescopio tiene un ángulo de elevación fijo, por lo que su movilidad es limitada.
El telescopio Hobby-Eberly en Tejas también tiene un ángulo de elevación fijo.
Su particularidad es su enorme capacidad para recoger luz.
A pesar de contar con un diámetro de espejo comparativamente más pequeño.
Dicha capacidad es equiparable a la de los telescopios de espejo más grandes del mundo.
Con ayuda del radiotelescopio de Arecibo (Puerto Rico) los investigadores pueden explorar el universo en busca de señales de vida extraterrestre.
El radiotelescopio tiene un diámetro de 305 metros.
En la "Búsqueda de Inteligencia Extraterrestre" (SETI por sus siglas en inglés) puede ayudar cualquier persona que posea un ordenador, aportando capacidad de procesamiento.
Vista del Observatorio Europeo Austral (ESO) situado en los Andes chilenos.
Aquí se levanta el Very Large Telescope.
Un telescopio que hace honor a su nombre.
Con un total de cuatro espejos, este telescopio también puede iluminar el espectro infrarrojo medio.
El ESO también acogerá el denominado E-ELT (European Extremely Large Telescope o Telescopio Europeo Extremadamente Grande).
Su espejo primario abarcará 42 metros y estará compuesto por un total de 1.000 elementos reflectantes.
Hasta 2018 no se espera poder tomar imágenes.
Hasta 2007 los dos telescopios Keck situados en el volcán hawaiano de Mauna Kea eran considerados los más grandes del mundo.
Estos cuentan con dos espejos, cada uno de ellos con un diámetro de 10 metros.
Los telescopios Keck forman parte del Observatorio Mauna Kea, que junto a ellos explora el cielo con la ayuda del telescopio Subaru y el IRTTF.
En Mauna Kea está previsto construir un nuevo telescopio de enormes proporciones y con un diámetro de espejo de treinta metros.
Ésta es una imagen de cómo sería.
Sin embargo, la información más importante del cosmos nos llega de la mano del telescopio espacial Hubble.
Desde el 24 de abril de 1990 envía imágenes de mundos lejanos.
Desde marzo de 2009 el telescopio espacial Kepler busca planetas extrasolares, principalmente aquellos que son habitables.
El 2 de febrero de 2011 la NASA anunció que desde el inicio de su misión se habían localizado 1.235 candidatos a planetas.
En la imagen se ven los últimos preparativos previos al lanzamiento del telescopio espacial Kepler.
El telescopio James Webb Space Telescope (JWST) no se lanzará al espacio a bordo de un cohete Ariane 5 hasta 2018.
El espejo primario de este telescopio espacial tiene un diámetro de 6,5 metros.
Una de las funciones de este telescopio será buscar la luz de las primeras estrellas y galaxias formadas tras el big bang.
Los investigadores parten de la base de que en el polo sur de Mercurio también hay hielo.
Sin embargo, no existen pruebas fehacientes, puesto que la sonda Messenger gira en torno al planeta en una órbita mucho más cercana al polo norte.
Desde hace décadas las mediciones de radar apuntan a la existencia de hielo en Mercurio.
Gracias a la sonda Messenger (2004), la primera que orbita en torno a Mercurio, ahora los científicos tienen la certeza de que es así.
Beber mantequilla a diario y vivir 168 años
Al sur de Azerbaiyán muchas personas logran alcanzar edades bíblicas.
Allí existe incluso un museo dedicado a la longevidad.
Una búsqueda de huellas en un país en el que las personas de 97 años todavía son consideradas jóvenes.
Al sur de Azerbaiyán muchas personas logran alcanzar edades bíblicas.
Allí existe incluso un museo dedicado a la longevidad.
