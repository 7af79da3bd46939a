Un cerdo asesino ataca a un ganadero chino
Un cerdo atacó y mató a un ganadero en un mercado del suroeste de China, según medios de comunicación locales.
El hombre, identificado únicamente por su apellido “Yuan”, fue encontrado muerto con una arteria seccionada y cubierto de sangre cerca de una pocilga del mercado de Liupanshui, en la provincia de Guizhou, tal como el periódico South China Morning Post informó el domingo.
El 30 de mayo de 2005, un criador de cerdos se prepara para inyectar vacunas a los cerdos de una pocilga en Xining, en la provincia de Qinghai (China).
Según parece, viajó con su primo desde la provincia vecina de Yunnan el miércoles para vender 15 cerdos en el mercado.
A la mañana siguiente, su primo lo encontró muerto y descubrió que la puerta de una pocilga cercana estaba abierta.
Dijo que en la pocilga había un gran cerdo con sangre en la boca.
El examen forense confirmó que el cerdo de casi 250 kilos había atacado al ganadero hasta la muerte, según el informe.
“Las piernas de mi primo estaban ensangrentadas y destrozadas”, declaró el primo, al que se dirigen por su apellido, “Wu”, a The Guiyang Evening News.
Las imágenes de la cámara de seguridad mostraban a Yuan entrando en el mercado el jueves a las 4:40 para alimentar a sus cerdos.
Su cuerpo fue encontrado aproximadamente una hora después.
El animal que mató al hombre no pertenecía ni a Yuan ni a su primo.
Un gerente del mercado informó a The Evening News que el cerdo estaba encerrado para impedir que atacase a nadie más, mientras la policía recogía pruebas en el lugar.
Parece que la familia de Yuan y las autoridades del mercado están negociando una compensación por su muerte.
Aunque son raros, no es la primera vez que un cerdo ataca a una persona.
En 2016, un cerdo atacó a una mujer y a su marido en su granja de Massachusetts, dejando al hombre herido de gravedad.
Diez años antes, un cerdo de casi 295 kilos acorraló a un ganadero en su tractor hasta que su esposa espantó al animal.
Después de que, en 2012, unos cerdos se comiesen a un ganadero de Oregón, un ganadero de Manitoba declaró a CBC News que los cerdos no suelen ser agresivos, pero que el sabor de la sangre puede actuar como “disparador”.
“Solo están jugando.
Son como niños, muy curiosos... su intención no es hacer daño.
Lo que hay que hacer es tenerles el respeto adecuado”, afirmó.
Los restos del huracán Rosa dejarán fuertes lluvias generalizadas en el suroeste de EE. UU.
Tal como estaba previsto, el huracán Rosa se está debilitando a medida que se desplaza sobre las aguas más frías de la costa norte de México.
Sin embargo, Rosa dejará lluvias torrenciales por todo el norte de México y el suroeste de EE. UU. en los próximos días.
Rosa provocó ráfagas de viento de más de 136 km/h, un huracán de categoría 1, desde el domingo a las cinco de la mañana (hora del Este) y se ubicaba a casi 620 kilómetros al suroeste de Punta Eugenia (México).
Se espera que Rosa se desplace hacia el norte el domingo.
Mientras tanto, en el océano Pacífico están empezando a generarse bajas presiones, que se desplazan en dirección este hacia la Costa Oeste de EE. UU. A medida que Rosa se acerque a la península de Baja California el lunes, una tormenta tropical empezará a impulsar las intensas lluvias tropicales en dirección norte, hacia el suroeste de EE. UU.
Rosa dejará más de 25 centímetros de lluvia en algunas zonas de México el lunes.
Finalmente, cuando la lluvia tropical choque con la baja presión que se está acercando, habrá fuertes precipitaciones generalizadas en el suroeste a lo largo de los próximos días.
Localmente, entre 2 y 10 centímetros de lluvia provocará peligrosas inundaciones repentinas, flujos de escombros y posibles desprendimientos en el desierto.
Las intensas lluvias tropicales causarán precipitaciones de casi entre 5 y 8 centímetros por hora en áreas concretas, especialmente en partes del sur de Nevada y Arizona.
Se esperan entre 5 y 10 centímetros de lluvia en partes del suroeste, especialmente en la mayor parte de Arizona.
Debido a la naturaleza dispersa de las lluvias tropicales, es posible que se produzcan inundaciones repentinas con condiciones que se agravan rápidamente.
Por esta amenaza de lluvias torrenciales tropicales, no se recomienda en absoluto aventurarse en el desierto a pie.
Las fuertes lluvias podrían convertir a los cañones en ríos embravecidos y las tormentas causarán vientos racheados y nubes de polvo localmente.
Las bajas presiones que se acercan dejarán fuertes lluvias en partes concretas de la costa del sur de California.
Puede que las lluvias torrenciales dejen hasta casi dos centímetros de agua, lo que podría causar pequeños flujos de escombros y hacer que las carreteras estén resbaladizas.
Se trataría de las primeras lluvias torrenciales de la región durante la temporada húmeda.
Algunos chaparrones tropicales dispersos empezarán a acercarse a Arizona a última hora del domingo y primera hora del lunes, antes de que la lluvia se generalice a finales del lunes y el martes.
Las fuertes lluvias se extenderán a las Cuatro Esquinas el martes y durante todo el miércoles.
En octubre podrán observarse algunos cambios intensos de temperatura en EE. UU. por el enfriamiento del Ártico y la calidez de los trópicos.
A veces, esto supone cambios drásticos de temperatura en distancias cortas.
Un buen ejemplo de estas diferencias de temperatura es lo que sucederá en todo el centro de EE. UU. el domingo.
Habrá una diferencia de casi 7 grados entre Kansas City, Missouri y, Omaha (Nebraska), y entre St. Louis y Des Moines (Iowa).
A lo largo de los próximos días, el prolongado calor del verano intentará recuperarse y volver a expandirse.
En una gran parte del centro y el este de EE. UU. se espera un inicio de octubre cálido, con temperaturas generalizadas que rondarán los 26 grados desde la Llanura del Sur hasta partes del noreste.
El martes, en Nueva York podrían alcanzarse temperaturas de hasta 26 grados, unos 12 grados por encima de la media.
Nuestro pronóstico a largo plazo indica altas probabilidades de temperaturas superiores a la media para el este de EE. UU. durante la primera mitad de octubre.
