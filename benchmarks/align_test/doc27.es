Erdogan ha recibido una acogida ambigua en Colonia
El sábado 29 de septiembre había sonrisas y un cielo azul durante el desayuno de los líderes de Turquía y Alemania en Berlín.
Es el último día de la controvertida visita del presidente Erdogan a Alemania, con el objetivo de restablecer las relaciones entre los aliados de la OTAN.
Han discutido sobre cuestiones como los derechos humanos, la libertad de prensa y la adhesión de Turquía a la UE.
En la primavera del 2013 continuarán los experimentos.
Después, Erdogan se dirigió a Colonia para inaugurar una enorme mezquita nueva.
La ciudad acoge a la mayor población de turcos fuera de Turquía.
La Policía alegó motivos de seguridad para impedir que 25 000 personas se reuniesen delante de la mezquita, pero muchos simpatizantes se personaron en las inmediaciones para ver a su presidente.
También se hicieron oír cientos de opositores de Erdogan, mucho de ellos kurdos, que condenaban tanto las políticas de Erdogan como la decisión del gobierno alemán de recibirlo en el país.
Estas manifestaciones reflejan lo divisivo que es este visitante, recibido como un héroe por algunos turcos alemanes y considerado un autócrata por otros.
Accidente de tráfico en Deptford: un ciclista fallece tras colisionar con un vehículo
Un ciclista ha muerto en un accidente de coche en Londres.
El accidente se produjo cerca del cruce de Bestwookd Street y Evelyn Street, una carretera concurrida de Deptford, al sureste de la ciudad, hacia las 10:15.
El conductor del coche se detuvo y el ciclista fue atendido por los paramédicos, pero falleció allí mismo.
El accidente se produce después de que otro ciclista muriese después de ser atropellado por un vehículo que se dio a la fuga en Childers Street, a casi dos kilómetros del lugar del accidente del sábado.
La Policía Metropolitana dijo que los agentes estaban trabajando para identificar al hombre e informar a sus familiares.
Se han cortado carreteras y se han desviado los autobuses, y se ha aconsejado a los conductores que eviten la zona.
Prisión de Long Lartin: seis agentes heridos tras unos disturbios
Seis funcionarios de prisiones han resultado heridos en un altercado producido en una prisión de alta seguridad para hombres, según la Dirección del centro penitenciario.
Los disturbios se iniciaron en la prisión de Long Lartin, en Worcestershire, hacia las 9:30 del domingo y aún continúan.
Especialistas de un equipo de élite (denominado “Tornado”) se están encargando de controlar los altercados, en los que participan ocho internos y que afectan a un pabellón.
Los agentes recibieron asistencia por lesiones leves en la cara en el lugar.
Un portavoz del servicio penitenciario comenta: “Se ha desplegado a personal de prisiones especializado para hacer frente al incidente en curso de la prisión de Long Lartin.
Seis miembros del personal han recibido asistencia sanitaria por lesiones.
En nuestras prisiones no se tolera la violencia y dejamos claro que los responsables serán puestos en manos de la policía y podrían pasar más tiempo entre rejas”.
La prisión de Long Lartin acoge a más de 500 reclusos, incluidos algunos de los delincuentes más peligrosos del país.
En junio se informó de que el director de la prisión había recibido asistencia médica hospitalaria después de que un recluso le atacase.
Nuestra gaviota volando, y nadie en la Tierra podría decir: si es después de un vuelo al espacio.
Además, en octubre del año pasado se solicitó a agentes antidisturbios que acudiesen a la prisión para hacer frente a un altercado grave en el que se atacó al personal penitenciario con bolas de billar.
El huracán Rosa amenaza Phoenix, Las Vegas y Salt Lake City con inundaciones repentinas (las zonas áridas podrían verse beneficiadas)
Es poco habitual que una depresión tropical alcance Arizona, pero eso exactamente lo que podría suceder a principios de la semana que viene cuando los últimos coletazos del huracán Rosa atraviesen el suroeste del desierto, con riesgo de inundaciones repentinas.
El Servicio Nacional de Meteorología ya ha emitido alertas por inundaciones repentinas para el lunes y el martes en el oeste de Arizona, el sur y el este de Nevada y el sureste de California y Utah, incluidas las ciudades de Phoenix, Flagstaff, Las Vegas y Salt Lake City.
Se espera que Rosa se dirija directamente a Phoenix el martes, dejando lluvias a finales del lunes.
El Servicio Nacional de Meteorología de Phoenix comentó en un tuit que solo “diez huracanes habían conservado su estado de tormenta tropical o depresión en un radio de 321 kilómetros de Phoenix desde 1950.
En 1967, el huracán Katrina se acercó a casi 65 kilómetros de la frontera de Arizona”.
Los últimos modelos del Centro Nacional de Huracanes prevén entre 5 y 10 centímetros de lluvias torrenciales, que pueden llegar a los 15 centímetros en zonas aisladas del Escarpe Mogollón, en Arizona.
Es probable que caigan entre 2 y 5 centímetros de lluvia, con posibilidad de llegar a los 10 en lugares aislados, en otras zonas del suroeste del desierto, incluidas las Montañas Rocosas y la Gran Cuenca.
En los lugares que no corren riesgo de inundaciones repentinas, las lluvias de Rosa pueden considerarse una bendición, ya que la región está afectada por la sequía.
Aunque una inundación es un asunto muy grave, es probable que parte de estas lluvias torrenciales sea beneficiosa debido a las condiciones de sequía que se están experimentando actualmente en el suroeste.
Según el Monitor de Sequía de los Estados Unidos, más del 40 % de Arizona está sufriendo, al menos, sequía extrema, la segunda categoría más alta, tal como se comunicó en weather.com.
En primer lugar, el itinerario del huracán Rosa azotará la península de Baja California de México.
Rosa, que el domingo por la mañana aún tendrá una fuerza huracanada con ráfagas máximas de 136 kilómetros por hora, está a 619 kilómetros al sur de Punta Eugenia (México) y se desplaza hacia el norte a 19 kilómetros por hora.
La tormenta está encontrándose aguas más frías en el Pacífico, por lo que está perdiendo fuerza.
Así, se espera que recale en México con la intensidad de una tormenta tropical a lo largo de la tarde del lunes.
Podrían caer fuertes lluvias torrenciales en algunas partes de México, que corren un riesgo considerable de inundación.
Tenemos que hacer que el arte esté de moda, como lo fue a comienzos del siglo pasado.
“Se esperan unas lluvias torrenciales de entre 7 y 15 centímetros desde Baja California hasta el noroeste de Sonora, con posibilidad de llegar a los 25 centímetros”, tal como se comunica en weather.com.
Después, Rosa se dirigirá hacia el norte dese México como una tormenta tropical, antes de llegar a la frontera de Arizona en las primeras horas de la mañana del martes como depresión tropical. Posteriormente, se desplazará por Arizona hacia el sur de Utah a última hora de la noche del martes.
“El principal peligro de Rosa o de sus restos es la fuerte lluvia torrencial en Baja California, el noroeste de Sonora y el suroeste del desierto de EE. UU.”, señala el Centro Nacional de Huracanes.
Se espera que estas lluvias causen peligrosas inundaciones repentinas y flujos de escombros en los desiertos, así como deslizamientos de tierra en áreas de montaña.
