Graham Dorrans de los Rangers, optimista ante el encuentro contra el Rapid Vienna
Los Rangers jugarán el jueves en casa contra el Rapid Vienna, sabiendo que una victoria sobre los austriacos, después del impresionante empate en España contra el Villarreal a principios de mes, los colocará en una posición fuerte para clasificarse en el Grupo G de la Liga Europa.
“Conseguimos sacar un buen punto, ya que el Villarreal es un buen equipo”, dijo el jugador de 31 años.
“Comenzamos el partido creyendo que podíamos conseguir algo y salimos con un punto.
Tal vez podríamos haber logrado la victoria al final, pero, en general, el empate fue quizás un resultado justo.
Ellos fueron mejores en la primera mitad, pero tras el descanso salimos a por todas y fuimos el mejor equipo.
Este jueves tendremos otra gran noche europea.
Espero que podamos lograr los tres puntos, pero será un partido difícil porque ya obtuvieron un buen resultado en el anterior partido. Pero, con todo el público apoyándonos, estoy seguro de que podremos avanzar y obtener un resultado positivo.
El equipo se encuentra bien, los chicos están disfrutando muchísimo y estamos teniendo un buen entrenamiento.
Tengo la esperanza de que podremos avanzar, dejar atrás la temporada pasada y lograr el éxito”.
El temor a los ahorros de jubilación está haciendo perder el sueño a algunas mujeres
A pesar del hecho de que los participantes de la encuesta tenían una idea clara de cómo querían que se les atendiera, son pocas las personas hablan de esto con sus familiares.
Alrededor de la mitad de las personas que participaron en el estudio de Nationwide dijeron que sí hablaban con sus cónyuges sobre el coste de los cuidados de larga duración.
Sólo el 10 por ciento dijo que hablaban con sus hijos sobre este tema.
“La gente quiere que los cuide un familiar, pero no están dando los pasos para tener esta conversación”, nos dice Holly Snyder, vicepresidenta de la empresa de seguros de vida Nationwide.
Hable con su cónyuge y sus hijos: no podrá preparar a su familia para que le cuide si no expresa sus deseos con la antelación suficiente.
Trabaje con su asesor y con su familia para hablar sobre dónde y cómo recibir atención, ya que esas opciones pueden ser un factor determinante del coste.
Incorpore en la conversión a su asesor financiero, ya que también le puede ayudar a encontrar una manera de pagar esos gastos.
Sus opciones de financiación del cuidado a largo plazo pueden incluir una póliza de seguro tradicional de cuidado a largo plazo, una póliza de seguro de vida híbrida con valor en efectivo para ayudarle a cubrir los gastos o asegurarse a sí mismo con su propios ahorros, siempre que disponga del dinero.
Negocie sus documentos legales: adelántese a las batallas legales.
Encárguese de obtener un poder de atención médica para designar a una persona de confianza que supervise su atención médica y que se asegure de que los profesionales cumplan con sus propios deseos en caso de que no pueda comunicarse.
También puede preparar un poder notarial para sus finanzas.
Seleccione a una persona de confianza para que tome decisiones financieras en su nombre y se asegure de que se paguen sus facturas si queda incapacitado.
No se olvide de los pequeños detalles: imagine que su anciano padre tiene una emergencia médica y está de camino al hospital.
¿Sería capaz de responder las preguntas sobre medicamentos y alergias?
Describa todos estos detalles en un plan escrito para que esté siempre a punto.
“No son solo las finanzas las que están en juego: ¿con qué médicos hay que tratar?” pregunta Martin.
“¿Qué medicamentos está tomando?
¿Quién se encargará del perro?
Hay que tener todo planificado”.
