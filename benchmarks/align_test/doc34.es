El hijo mayor de Sarah Palin arrestado por cargos de violencia doméstica
Track Palin, el hijo mayor de la ex gobernadora de Alaska y candidata a vicepresidenta Sarah Palin, ha sido arrestado por cargos de agresión.
Palin, de 29 años y ciudadano de Wasilla (Alaska), fue arrestado bajo sospecha de violencia doméstica, interfiriendo con un informe de violencia doméstica y resistiéndose al arresto, según el informe publicado el sábado por la policía estatal de Alaska.
Según dicho informe policial, cuando una conocida suya intentó llamar a la policía para denunciar los presuntos delitos, él le quitó el teléfono.
A Palin se le ha decretado la prisión preventiva en Mat-Su Pretrial Facility y está retenido con una fianza no garantizada de 500 dolares, informó KTUU.
Se presentó el sábado ante el tribunal, donde se declaró “definitivamente inocente” cuando se le pidió su declaración, informó la cadena.
Palin se enfrenta a tres delitos menores de Clase A, lo que significa que podría pasar hasta un año en prisión y recibir una multa de 250.000 dolares.
También se le ha acusado de un delito menor de Clase B, con pena de un día en la cárcel y una multa de 2.000 dólares.
Esta no es la primera vez que se presentan cargos penales contra Palin.
En diciembre de 2017, se le acusó de agredir a su padre, Todd Palin.
Su madre, Sarah Palin, llamó a la policía para denunciar el presunto ataque.
El caso está actualmente ante el tribunal de veteranos de Alaska.
En enero de 2016, se lo acusó de agresión doméstica, de interferir en la denuncia de un delito de violencia doméstica y de poseer un arma en estado de embriaguez, en relación con el incidente.
Su novia había afirmado que le dio un puñetazo en la cara.
Varios grupos de veteranos criticaron a Sarah Palin en 2016 por vincular el comportamiento violento de su hijo con el trastorno de estrés postraumático derivado de su servicio en Irak.
Terremoto y tsunami en Indonesia: cientos de víctimas mortales
Al menos 384 personas fallecieron después de que un terremoto golpeara la isla indonesia de Sulawesi el pasado viernes.
El terremoto de una magnitud de 7,5 provocó un tsunami y ha destruido miles de casas.
Las redes de electricidad y comunicaciones han caído y se espera que la cifra de muertos aumente en los próximos días.
El terremoto se produjo justo al lado del centro de Sulawesi, que se encuentra al noreste de Yakarta, la capital de Indonesia.
Hay varios vídeos que circulan en las redes sociales y que muestran el momento del impacto.
Cientos de personas se habían reunido para un festival playero en la ciudad de Palu cuando el tsunami llegó a la costa.
Los fiscales federales buscan excepcionalmente la pena de muerte para sospechoso de ataque terrorista en Nueva York
Los fiscales federales de Nueva York están buscando la pena capital para Sayfullo Saipov, el sospechoso del ataque terrorista de la ciudad de Nueva York que mató a ocho personas.
Un castigo excepcional que no se ha ejecutado en el estado por un delito federal desde 1953.
Saipov, de 30 años de edad, supuestamente usó una camioneta de alquiler de Home Depot para llevar a cabo el pasado octubre un ataque en un carril bici en la autopista West Side del Bajo Manhattan, derribando a los peatones y ciclistas que encontraba en su camino.
Los dos cargos conllevan una posible pena de muerte, según el documento judicial.
Varias semanas después del ataque, un gran jurado federal presentó a Saipov una acusación de 22 cargos que incluía ocho cargos de asesinato con ayuda de crimen organizado, que suelen utilizar los fiscales federales en estos casos, y un cargo de violencia y destrucción de vehículos motorizados.
El ataque requirió “una planificación y premeditación sustanciales”, según los fiscales, que describieron la forma en que Saipov lo llevó a cabo como “atroz, cruel y depravada”.
Este cambio a una semana de cuatro días ha recibido el apoyo del Congreso de Sindicatos, ya que es una forma de que los trabajadores saquen partido de la economía cambiante.
“Sayfullo Habibullaevic Saipov provocó lesiones, daños y pérdidas a las familias y los amigos de Diego Enrique Angelini, Nicholas Cleves, Ann-Laure Decadt, Darren Drake, Ariel Erlij, Hernan Ferruchi, Hernan Diego Mendoza y Alejandro Damian Pagnucco”, se especifica en el aviso de intenciones.
Cinco de las víctimas fueron turistas de Argentina.
Ya ha pasado una década desde la última vez que el Distrito Sur de Nueva York procesara un caso de pena de muerte.
El acusado, Khalid Barnes, fue declarado culpable de asesinar a dos traficantes de drogas, pero finalmente fue condenado a cadena perpetua en septiembre de 2009.
La última vez que se ejecutó una pena de muerte en un caso federal de Nueva York fue a Julius y Ethel Rosenberg en 1953. Este matrimonio fue ejecutado después de que se les condenara por conspiración para cometer espionaje para la Unión Soviética durante la Guerra Fría dos años antes.
Los dos Rosenberg fueron ejecutados en la silla eléctrica el 19 de junio de 1953.
Saipov, un inmigrante originario de Uzbekistán, demostró su falta de remordimiento durante los días y meses posteriores al ataque, según documentos judiciales.
Según la policía, dijo a los investigadores que se sentía bien por lo que había hecho. De acuerdo con la acusación, Saipov le dijo a las autoridades que para su ataque se inspiró viendo vídeos de ISIS en su teléfono.
También solicitó que se izara la bandera de ISIS en su habitación del hospital, dijo la policía.
Se ha declarado no culpable de la acusación de 22 cargos.
David Patton, uno de los abogados defensores públicos federales que representan a Saipov, dijo que están “obviamente decepcionados” con la decisión de la fiscalía.
“Creemos que la decisión de buscar la pena de muerte en vez de aceptar una declaración de culpabilidad con sentencia de cadena perpetua sin posibilidad de liberación, solo prolongará el trauma de estos eventos para todas las personas involucradas”, dijo Patton.
El equipo de la defensa de Saipov había solicitado previamente a los fiscales que no pidieran la pena de muerte.
