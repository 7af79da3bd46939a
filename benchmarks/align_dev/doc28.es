Ataque en Midsomer Norton: cuatro arrestos por intento de asesinato
Tres adolescentes y un joven de 20 años han sido arrestados como sospechosos de un intento de asesinato después de que se hubiese encontrado a otro joven de 16 años con heridas de arma blanca en Somerset.
El adolescente fue encontrado herido en la zona de Excelsior Terrace, en Midsomer Norton, hacia las 4:00 del sábado.
Fue trasladado a un hospital, donde permanece “estable”.
Un joven de 17 años, dos de 18 y uno de 20  fueron arrestados esa misma noche en la zona de Radstock.
En Avon, según la Policía de Somerset.
Los agentes han hecho un llamamiento a cualquiera que pueda haber grabado lo sucedido con el móvil. Trump dice que Kavanaugh “sufrió la mezquindad y la ira” del Partido Demócrata
“Votar a favor del juez Kavanaugh es votar para rechazar las tácticas despiadadas e indignantes del Partido Demócrata”, afirmó Trump en un mitin celebrado en Wheeling, West Virginia.
Trump dijo que Kavanaugh ha “sufrido la mezquindad y la ira” del Partido Demócrata a lo largo de todo el proceso de nombramiento.
Kavanaugh testificó ante el Congreso el jueves, negando de manera enérgica y emotiva la acusación de Christine Blasey Ford de que la había agredido sexualmente décadas atrás cuando eran adolescentes.
Asimismo, Ford testificó en la sesión sobre esta acusación.
El sábado, el presidente dijo que, ese día, los “estadounidenses vieron la astucia, la calidad y la valentía” de Kavanaugh.
“Votar para confirmar al juez Kavanaugh es votar para confirmar a uno de los legalistas con más logros de nuestros días, un jurista con un historial admirable al servicio del público”, dijo a sus seguidores de West Virginia. El presidente hizo referencias indirectas a la candidatura de Kavanaugh al hablar de la importancia de la participación republicana en las elecciones a mitad de mandato.
“Faltan cinco semanas para una de las elecciones más importantes de nuestras vidas.
No me presento, pero sí que es una carrera”, señaló.
“Por eso voy de un sitio a otro luchando para conseguir grandes candidatos”.
Trump alegó que los demócratas están embarcados en una misión de “resistencia y obstrucción”.
Se espera que la primera votación procesal clave en el Senado sobre el nombramiento de Kavanaugh se celebre no más tarde del viernes, informó un alto cargo de la dirección del Partido Republicano a la CNN.
Centenares de fallecidos en un terremoto y tsunamis en Indonesia, la cifra va en aumento
Al menos 384 personas han muerto y muchos han sido arrastrados por las enormes olas que asolaban las playas después de que un fuerte terremoto y un tsunami en la isla indonesia de Sulawesi, tal como informaron el sábado las autoridades.
Centenares de personas se habían reunido para celebrar un festival en la playa de la ciudad de Palu el viernes cuando olas de hasta seis metros llegaron a la costa al anochecer, arrastrando a muchas a la muerte y destruyéndolo todo a su paso.
El tsunami se produjo después de un terremoto de magnitud 7,5.
“Cuando ayer se advirtió de que podía producirse un tsunami, la gente aún estaba en la playa y no huyó de inmediato, por eso fueron víctimas”, señaló Sutopo Purwo Nugroho, portavoz de la Agencia Nacional para la Gestión de Catástrofes (BNPB, por sus siglas en indonesio) de Indonesia, en una rueda de prensa en Yakarta.
“El tsunami no llegó solo, arrastró coches, troncos, casas, asoló todo lo que estaba en tierra”, comentó Nugroho. El tsunami se había desplazado por el mar abierto a una velocidad de 800 km/h antes de llegar a la costa.
Añadió también que algunas personas se habían subido a los árboles para escapar del tsunami y habían sobrevivido.
Alrededor de 16 700 personas fueron evacuadas a 24 centros en Palu.
Las fotografías aéreas publicadas por la agencia mostraban la destrucción de muchos edificios y tiendas, puentes partidos y derrumbados, y una mezquita rodeada de agua.
Las réplicas seguían golpeando a la ciudad costera el sábado.
La serie de terremotos se sintió en una zona con 2,4 millones de personas.
La Agencia para la Evaluación y la Aplicación de Tecnología (BPPT, por sus siglas en indonesio) informó en un comunicado que la energía liberada por el gran terremoto del viernes era 200 veces superior a la de la bomba atómica que cayó sobre Hiroshima en la Segunda Guerra Mundial.
Añadió que la geografía de la ciudad, que se asienta en el extremo de una bahía larga y estrecha, pudo haber magnificado el tamaño del tsunami. Nugroho describió los daños como “importantes” y dijo que miles de viviendas, hospitales, centros comerciales y hoteles se habían derrumbado. Según dijo, se encontraron cuerpos de algunas víctimas atrapados bajo los escombros de los edificios derruidos. Además, 540 personas habían resultado heridas y 29 estaban desaparecidas.
Nugroho señaló que la cifra de víctimas y los daños podrían ser mayores a lo largo de los 300 km de costa al norte de Palu.
Una zona llamada Donggala, que está más cerca del epicentro del terremoto.
Las comunicaciones “estaban totalmente paralizadas y no había información” de Donggala, comentó Nugroho.
Existe un concepto: funcionario de la cultura.
“Ahí viven más de 300 000 personas”, afirmó la Cruz Roja en un comunicado, añadiendo que su personal y los voluntarios iban de camino a las zonas afectadas.
“Esto ya es una tragedia de por sí, pero podría ser mucho peor”, dijo.
El sábado, la agencia recibió muchas críticas por no informar de que un tsunami había azotado Palu, aunque los responsables afirman que las olas ya habían llegado a la costa cuando se emitió la alerta.
En una grabación captada por un aficionado y compartida en las redes sociales, se oye a un hombre que estaba en el último piso de un edificio avisando a la gente que estaba en la calle de que se acercaba un tsunami.
En cuestión de minutos, una pared de agua golpea la costa, llevándose por delante edificios y coches.
Reuters no pudo validar el material de inmediato.
El terremoto y el tsunami provocaron un gran apagón que cortó las comunicaciones en los alrededores de Palu, dificultando a las autoridades la coordinación de los trabajos de rescate.
El ejército empezó a enviar aviones de carga con ayuda procedente de Yakarta y otras ciudades, declaran las autoridades, pero las personas evacuadas aún necesitan alimentos y otros productos básicos.
El aeropuerto de la ciudad se ha vuelto a abrir solo para tareas de socorro y permanecerá cerrado hasta octubre.
Yo estoy a favor de esta cultura.
El presidente Joko Widodo tiene una visita programada a los centros de evacuación de Paul el domingo.
