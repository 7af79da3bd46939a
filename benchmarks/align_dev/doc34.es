Corea del norte dice que no habrá desarme nuclear a menos que pueda confiar en EE. UU.
Ri Yong Ho, ministro de Exteriores norcoreano, dice que su nación nunca será el primero en llevar acabo el desarme nuclear si no puede confiar en Washington.
Ri habló el sábado ante la Asamblea General de las Naciones Unidas.
Instó a Estados Unidos a cumplir las promesas realizadas durante una cumbre celebrada en Singapur entre los líderes rivales.
Ri señala que la continuación de las sanciones continuadas y la oposición de EE. UU. a una declaración que acabe con la Guerra de Corea para someter al norte, es una “quimera”.
Washington se muestra receloso de aceptar la declaración sin que Pyongyang haga antes algún movimiento de desarme significativo.
Tanto Kim como el presidente de EE. UU., Donald Trump, quieren celebrar otra cumbre.
Sin embargo, reina un escepticismo generalizado sobre la seriedad de Pyongyang de renunciar a un arsenal que el país probablemente considera como la única forma de garantizar su seguridad.
Cuando veo algo que no me gusta, intento dar con una solución para cambiarlo.
Pompeo tiene previsto visitar Pyongyang el mes que viene para preparar otra cumbre entre los mandatarios.
Los desfiles de moda de París revelan la última línea de sombreros enormes que están a punto de aterrizar en una calle de tiendas cerca de ti
Si quieres aumentar tu colección de sombreros o protegerte totalmente del sol, no busques más.
Los diseñadores de Valentino y Thom Browne presentaron un conjunto de excéntricos sombreros de gran tamaño para su colección primavera verano de 2019 en la pasarela, deslumbrando el estilo de la Semana de la Moda de París.
Los sombreros imposibles han inundado Instagram este verano y estos diseñadores han llevado sus espectaculares creaciones a la pasarela.
La pieza más sobresaliente de Valentino fue un sombrero beige con un ala ancha adornada con plumas que envolvía las cabezas de las modelos.
Otros complementos de gran tamaño fueron sandías con joyas, un sombrero de brujo e incluso una piña, pero no están diseñados para mantener la cabeza caliente.
Thom Browne también presentó una selección de estrafalarias máscaras, justo a tiempo para Halloween.
Muchas de las coloridas máscaras tenían labios cosidos y recordaban más a Hannibal Lecter que a la alta costura.
Una creación recordaba a un equipo de buceo completo, esnórquel y gafas incluidos, mientras que otra parecía un cono de helado derretido.
Si te gusta la moda de gran tamaño, estás de suerte.
Los cazadores de estilo predicen que los sombreros enormes podrían empezar a verse en las calles de tiendas.
Los sombreros grandes llegan pisando fuerte de mano de “La Bomba”, con un sombrero de paja con un ala de más de 60 centímetros usado por todas, desde Rihanna hasta Emily Ratajkowski.
La marca de culto tras este sombrero tan poco práctico que inundó las redes sociales presentó otra gran creación en la pasarela: una bolsa de playa de paja tan grande como la modelo en bañador que lo llevaba.
El bolso de rafia naranja oscuro, decorado con flecos de rafia y con un asa de piel blanca, fue la pieza principal de la colección La Riviera de Jacquemus para la temporada primavera-verano 2019 en la Semana de la Moda de París.
Tal como comentó el estilista de famosos Luke Armitage a FEMAIL: “El próximo verano, espero ver sombreros y bolsas de playa enormes en las calles comerciales. Ya que el diseñador ha tenido un gran impacto, sería difícil ignorar la demanda de complementos de gran tamaño”.
John Edward: las competencias lingüísticas son fundamentales para los ciudadanos del mundo
Los centros educativos independientes de Escocia tienen una trayectoria de excelencia académica que ha continuado en 2018 con otro conjunto de extraordinarios resultados en los exámenes que se ve reforzado por los éxitos individuales y colectivos cosechados en los ámbitos del deporte.
El arte, la música y otros proyectos comunitarios.
Con más de 30 000 alumnos en toda Escocia, estos centros, representados por el Consejo Escocés de Colegios Independientes (SCIS, por sus siglas en inglés) se esfuerzan por entregar el mejor nivel de servicio a alumnos y progenitores.
Los colegios independientes tienen por objeto preparar a sus alumnos para continuar sus estudios de educación superior, para la carrera que elijan y para el lugar que ocupen como ciudadanos del mundo.
Como sector educativo que puede diseñar e implementar un plan de estudios adaptado, se observa que las lenguas modernas siguen siendo una asignatura popular y deseada en los centros.
Tal como dijo Nelson Mandela: “Si hablas a un hombre en una lengua que entiende, el mensaje llega a su cabeza.
Si le hablas en su lengua, le llega a su corazón”.
Este es un poderoso recordatorio de que, si se quiere establecer relaciones y generar confianza con personas de otros países, no se puede depender únicamente del inglés.
Si tenemos en cuenta los recientes resultados de los exámenes de este año, podemos observar que los idiomas están en lo más alto de las tablas clasificatorias, estando las tasas de aprobados más altas en los colegios independientes.
En total, el 68 % de los alumnos que estudiaron lenguas extranjeras obtuvieron una A.
La nota más alta.
Los datos, recogidos de los 74 centros que forman parte del SCIS, mostraban que un 72 % de los estudiantes obtenían una A en mandarín, mientras que un 72 % de los que estudiaban alemán, un 69 % de los que estudiaban francés y un 63 % de los que estudiaban español también conseguía una A.
Esto demuestra que los colegios independientes de Escocia apoyan las lenguas extranjeras por considerarlas una competencia fundamental que tanto niños como jóvenes necesitarán en el futuro sin duda alguna.
En la actualidad, se considera que, como asignatura, los idiomas están al mismo nivel que las asignaturas CTIM (ciencia, tecnología, ingeniería y matemáticas) en los planes de estudio de los colegios independientes y en todas partes.
Una encuesta realizada en 2014 por la Comisión para el Empleo y las Competencias del Reino Unido reveló que, de las razones que daban los empresarios sobre las dificultades que encontraban a la hora de cubrir puestos de trabajo, el 17 % se atribuían a la escasez de competencias lingüísticas. Por lo tanto, las competencias lingüísticas son cada vez más indispensables para preparar a los jóvenes para sus futuras carreras. Las posibles oportunidades laborales que requieren idiomas van en aumento, por lo que estas competencias son esenciales en un mundo globalizado.
Independientemente de la carrera que alguien elija, si ha aprendido un segundo idioma, tendrá una ventaja real en el futuro gracias a una competencia como esta, que durará toda la vida.
El hecho de poder comunicarse directamente con personas de países extranjeros permitirá a esa persona adelantarse automáticamente a la competencia.
Según una encuesta realizada por YouGov entre más de 4000 adultos del Reino Unido en 2013, el 75 % de ellos no hablaban ningún idioma extranjero lo suficientemente bien como para mantener una conversación. Asimismo, se estableció que el único idioma hablado por un porcentaje de dos dígitos, el 15 %, era el francés. Por este motivo, invertir en la enseñanza de idiomas ahora es importante para los niños de hoy en día.
Si saben varios idiomas, especialmente los de las economías en desarrollo, los niños estarán equipados para tener mejores oportunidades d encontrar un empleo de calidad.
En Escocia, cada colegio enseñará diferentes idiomas.
Algunos centros se centrarán en los idiomas modernos más clásicos, mientras que otros enseñarán los idiomas considerados más importantes para el Reino Unido de cara a 2020, como mandarín o japonés.
Cualesquiera que sean los intereses de un niño, en los colegios independientes siempre podrá elegir entre varios idiomas impartidos por personal docente especializado en esta materia.
Los centros educativos independientes de Escocia dedican todos sus esfuerzos a proporcionar un entorno de aprendizaje que prepare a los niños y que los equipe con las competencias necesarias para tener éxito, sea lo que sea que les depara el futuro.
En estos momentos, es innegable que, en un entorno empresarial global, los idiomas siguen teniendo una importancia vital para el futuro del país, por lo que esto debe reflejarse en la educación.
En efecto, las lenguas modernas deben considerarse “competencias para la comunicación internacional”.
Los colegios independientes seguirán ofreciendo estas opciones, diversidad y excelencia a los jóvenes de Escocia.
Il faut bien le faire.
John Edward es el director del Consejo Escocés de Colegios Independientes
